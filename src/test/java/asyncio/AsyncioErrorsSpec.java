package asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.EOFError;
import py.PyException;

/**
 * asyncio's exceptions are given code (src/main/java/asyncio/): these specs hold them to CPython
 * 3.11's asyncio.IncompleteReadError, LimitOverrunError, QueueEmpty and QueueFull, so they pass on
 * the untouched kata too. The stream and queue specs trust the messages checked here.
 */
@Tag("given")
@DisplayName("asyncio's exceptions (given code): CPython's messages, fields and bases")
class AsyncioErrorsSpec {

    @Test
    @DisplayName("IncompleteReadError counts the bytes that came, says 'undefined' for no size, and is an EOFError")
    void incompleteRead() {
        byte[] partial = "ab".getBytes(StandardCharsets.US_ASCII);
        IncompleteReadError sized = new IncompleteReadError(partial, 5);
        assertThat(sized.getMessage()).as("str(asyncio.IncompleteReadError(b'ab', 5))")
                .isEqualTo("2 bytes read on a total of 5 expected bytes");
        assertThat(new IncompleteReadError(new byte[0], null).getMessage()).as("str(asyncio.IncompleteReadError(b'', None))")
                .isEqualTo("0 bytes read on a total of undefined expected bytes");
        assertThat(sized.expected()).as("IncompleteReadError(b'ab', 5).expected").isEqualTo(5);
        assertThat(sized).as("isinstance(asyncio.IncompleteReadError(b'ab', 5), EOFError)").isInstanceOf(EOFError.class);
    }

    @Test
    @DisplayName("IncompleteReadError.partial holds the bytes as they were when it was raised")
    void partialIsACopy() {
        byte[] buffer = "ab".getBytes(StandardCharsets.US_ASCII);
        IncompleteReadError error = new IncompleteReadError(buffer, 5);
        buffer[0] = 'X';
        error.partial()[1] = 'Y';
        assertThat(new String(error.partial(), StandardCharsets.US_ASCII))
                .as("e.partial after the reader's buffer and a caller's copy changed: Python's bytes are immutable")
                .isEqualTo("ab");
    }

    @Test
    @DisplayName("LimitOverrunError keeps its message and how many bytes to consume, and is no EOFError")
    void limitOverrun() {
        LimitOverrunError error = new LimitOverrunError("Separator is not found, and chunk exceed the limit", 7);
        assertThat(error.getMessage()).as("str(asyncio.LimitOverrunError('Separator is not found, and chunk exceed the limit', 7))")
                .isEqualTo("Separator is not found, and chunk exceed the limit");
        assertThat(error.consumed()).as("LimitOverrunError(..., 7).consumed").isEqualTo(7);
        assertThat(error).as("asyncio.LimitOverrunError.__mro__ is (LimitOverrunError, Exception, BaseException, object)")
                .isInstanceOf(PyException.class).isNotInstanceOf(EOFError.class);
    }

    @Test
    @DisplayName("QueueEmpty and QueueFull are plain Exceptions with an empty message")
    void queueErrors() {
        assertThat(new QueueEmpty()).as("asyncio.QueueEmpty()").isInstanceOf(PyException.class).hasMessage("");
        assertThat(new QueueFull()).as("asyncio.QueueFull()").isInstanceOf(PyException.class).hasMessage("");
    }
}
