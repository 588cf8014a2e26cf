package sockets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ConnectionResetError;
import py.PyException;

/**
 * The http.client exceptions are given code (src/main/java/sockets/): these specs hold them to
 * CPython 3.11's messages and bases, so they pass on the untouched kata too. The parser specs trust them.
 */
@Tag("given")
@DisplayName("http.client's exceptions (given code): CPython's messages and bases")
class HttpErrorsSpec {

    @Test
    @DisplayName("IncompleteRead says how many bytes came and, when known, how many more were expected")
    void incompleteRead() {
        assertThat(new IncompleteRead(5, 3)).as("http.client.IncompleteRead(b'12345', 3)")
                .hasMessage("IncompleteRead(5 bytes read, 3 more expected)").isInstanceOf(HttpException.class);
        assertThat(new IncompleteRead(5)).as("http.client.IncompleteRead(b'12345'), a chunked body cut short")
                .hasMessage("IncompleteRead(5 bytes read)");
    }

    @Test
    @DisplayName("BadStatusLine's message is the line itself, and every one of them is an HTTPException, an Exception")
    void badStatusLine() {
        assertThat(new BadStatusLine("HTTP/1.1 abc")).as("http.client.BadStatusLine('HTTP/1.1 abc')")
                .hasMessage("HTTP/1.1 abc").isInstanceOf(HttpException.class);
        assertThat(new HttpException("x")).as("http.client.HTTPException.__mro__ holds Exception").isInstanceOf(PyException.class);
    }

    @Test
    @DisplayName("RemoteDisconnected is a ConnectionResetError with CPython's words")
    void remoteDisconnected() {
        assertThat(new RemoteDisconnected()).as("the error of a server that closed without a byte")
                .hasMessage("Remote end closed connection without response").isInstanceOf(ConnectionResetError.class);
    }
}
