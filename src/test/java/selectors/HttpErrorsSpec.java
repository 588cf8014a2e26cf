package selectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ConnectionResetError;

/**
 * IncompleteRead and RemoteDisconnected are given code (src/main/java/selectors/): these specs hold
 * them to CPython 3.11's http.client, so they pass on the untouched kata too. The fetch specs trust them.
 */
@Tag("given")
@DisplayName("The fetch errors (given code): http.client's IncompleteRead and RemoteDisconnected")
class HttpErrorsSpec {

    @Test
    @DisplayName("IncompleteRead counts the bytes read, and the bytes missing when the head said how many")
    void incompleteRead() {
        assertThat(new IncompleteRead(5, 3).getMessage()).as("str(http.client.IncompleteRead(b'12345', 3))")
                .isEqualTo("IncompleteRead(5 bytes read, 3 more expected)");
        assertThat(new IncompleteRead(12).getMessage()).as("str(http.client.IncompleteRead(b'HTTP/1.1 200'))")
                .isEqualTo("IncompleteRead(12 bytes read)");
    }

    @Test
    @DisplayName("RemoteDisconnected, for a server that closed without a byte, is a ConnectionResetError")
    void remoteDisconnected() {
        RemoteDisconnected error = new RemoteDisconnected();
        assertThat(error.getMessage()).as("str(http.client.RemoteDisconnected(...)) as http.client raises it")
                .isEqualTo("Remote end closed connection without response");
        assertThat(error).as("http.client.RemoteDisconnected.__mro__ holds ConnectionResetError").isInstanceOf(ConnectionResetError.class);
    }
}
