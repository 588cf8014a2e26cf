package asyncio;

import static asyncio.StreamScripts.withChunks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.AssertionFailure;
import py.PyBaseException;
import py.ConnectionResetError;
import py.RuntimeError;
import py.StopAsyncIteration;
import py.ValueError;
import support.Golden;

@DisplayName("A StreamReader")
@Tag("task-8")
class StreamReaderSpec {

    static byte[] b(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String s(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    static List<byte[]> chunks(String... pieces) {
        return Arrays.stream(pieces).map(StreamReaderSpec::b).toList();
    }

    /** What a read returned, and the loop time it returned at (chunk i arrives at time i + 1, EOF after the last). */
    static String timed(byte[] data) {
        return py.Repr.of(s(data)) + " at " + EventLoop.getRunningLoop().time();
    }

    /** Inside a coroutine: what the read returned, or the Python error it raised, with the loop time. */
    static String attempt(Body<byte[]> read) {
        try {
            return timed(read.run());
        } catch (PyBaseException e) {
            return e.pythonType() + ": " + e.getMessage() + " at " + EventLoop.getRunningLoop().time();
        }
    }

    @Nested
    @DisplayName("readline()")
    class Readline {

        @Test
        @DisplayName("returns a line that arrives in pieces as soon as its newline arrives, and not before")
        void lineInPieces() {
            StreamReader reader = new StreamReader();
            String line = withChunks(reader, chunks("GET / HT", "TP/1.1\r", "\nHost: x\r\n"), () -> timed(reader.readline()));
            assertThat(line).as("readline() while 'GET / HT', 'TP/1.1\\r', '\\nHost: x\\r\\n' arrive at 1, 2 and 3 s")
                    .isEqualTo("'GET / HTTP/1.1\\r\\n' at 3.0");
        }

        @Test
        @DisplayName("returns the unfinished last line at EOF, then b'' from then on")
        void lastLineWithoutNewline() {
            StreamReader reader = new StreamReader();
            List<String> lines = withChunks(reader, chunks("one\ntw", "o"), () -> List.of(
                    timed(reader.readline()), timed(reader.readline()), timed(reader.readline()), timed(reader.readline())));
            assertThat(lines).as("four readline() calls on 'one\\ntw', 'o', EOF")
                    .containsExactly("'one\\n' at 1.0", "'two' at 3.0", "'' at 3.0", "'' at 3.0");
        }

        @Test
        @DisplayName("raises ValueError for a line longer than the limit and drops that line, so the next readline moves on")
        void overLimit() {
            StreamReader reader = new StreamReader(4);
            List<String> seen = withChunks(reader, chunks("abcdefgh\nxy\n"), () -> List.of(attempt(reader::readline), attempt(reader::readline)));
            assertThat(seen).as("readline() twice on 'abcdefgh\\nxy\\n' with limit=4: CPython removes the long line, newline included")
                    .containsExactly("ValueError: Separator is found, but chunk is longer than limit at 1.0", "'xy\\n' at 1.0");
        }

        @Test
        @DisplayName("clears the buffer when a line overruns the limit before its newline has arrived")
        void overLimitWithoutNewline() {
            StreamReader reader = new StreamReader(3);
            List<String> seen = withChunks(reader, chunks("abcdef", "gh\nz"), () -> List.of(attempt(reader::readline), attempt(reader::readline)));
            assertThat(seen).as("readline() twice with limit=3 on 'abcdef', 'gh\\nz': the first six bytes are dropped at once")
                    .containsExactly("ValueError: Separator is not found, and chunk exceed the limit at 1.0", "'gh\\n' at 2.0");
        }

        @Test
        @DisplayName("drops exactly the overrunning bytes: a newline of an earlier, already dropped line does not count")
        void overLimitAfterAnEarlierLongLine() {
            StreamReader reader = new StreamReader(3);
            List<String> seen = withChunks(reader, chunks("abcde\n", "cdefg", "x\n"),
                    () -> List.of(attempt(reader::readline), attempt(reader::readline), attempt(reader::readline)));
            assertThat(seen).as("readline() three times with limit=3 on 'abcde\\n', 'cdefg', 'x\\n' (CPython 3.11): the second "
                    + "line overruns with no newline in it, so all of it goes, and the third line comes whole")
                    .containsExactly("ValueError: Separator is found, but chunk is longer than limit at 1.0",
                            "ValueError: Separator is not found, and chunk exceed the limit at 2.0", "'x\\n' at 3.0");
        }

        @Test
        @DisplayName("drives async iteration: anext() gives each line, then StopAsyncIteration at EOF")
        void iteration() {
            StreamReader reader = new StreamReader();
            List<String> lines = withChunks(reader, chunks("HTTP/1.1 200 OK\r\nA: 1", "\r\n\r\nbody"), () -> {
                List<String> out = new ArrayList<>();
                while (true) {
                    try {
                        out.add(s(reader.anext()));
                    } catch (StopAsyncIteration end) {
                        out.add("StopAsyncIteration");
                        return out;
                    }
                }
            });
            assertThat(lines).as("async for line in reader, over a response that ends without a newline")
                    .containsExactly("HTTP/1.1 200 OK\r\n", "A: 1\r\n", "\r\n", "body", "StopAsyncIteration");
        }
    }

    @Nested
    @DisplayName("read(n) and readexactly(n)")
    class Reads {

        @Test
        @DisplayName("read(n) returns what is there as soon as anything is, without waiting for n bytes")
        void readReturnsEarly() {
            StreamReader reader = new StreamReader();
            List<String> reads = withChunks(reader, chunks("ab", "cdefg"), () -> List.of(timed(reader.read(5)), timed(reader.read(5))));
            assertThat(reads).as("read(5) twice while 'ab' and 'cdefg' arrive at 1 and 2 s").containsExactly("'ab' at 1.0", "'cdefg' at 2.0");
        }

        @Test
        @DisplayName("read(-1) reads to EOF; read(0) returns b'' at once")
        void readAll() {
            StreamReader reader = new StreamReader(2);
            List<String> reads = withChunks(reader, chunks("ab", "cdefg", "\nh"), () -> List.of(timed(reader.read(0)), timed(reader.read(-1))));
            assertThat(reads).as("read(0), then read(-1) with limit=2 (the limit does not cap read)")
                    .containsExactly("'' at 0.0", "'abcdefg\\nh' at 4.0");
        }

        @Test
        @DisplayName("readexactly(n) waits across chunks for exactly n bytes")
        void readexactly() {
            StreamReader reader = new StreamReader();
            List<String> reads = withChunks(reader, chunks("ab", "cd", "efg"), () -> List.of(timed(reader.readexactly(5)), timed(reader.readexactly(0))));
            assertThat(reads).as("readexactly(5), then readexactly(0), on 'ab', 'cd', 'efg'").containsExactly("'abcde' at 3.0", "'' at 3.0");
        }

        @Test
        @DisplayName("readexactly(n) raises IncompleteReadError at EOF, with the partial bytes and the expected size")
        void readexactlyAtEof() {
            StreamReader reader = new StreamReader();
            Throwable thrown = withChunks(reader, chunks("abc"), () -> catchThrowable(() -> reader.readexactly(10)));
            assertThat(thrown).as("readexactly(10) on a stream of 3 bytes: short data is an error, never a result")
                    .isInstanceOf(IncompleteReadError.class).isInstanceOf(py.EOFError.class)
                    .hasMessage("3 bytes read on a total of 10 expected bytes");
            IncompleteReadError incomplete = (IncompleteReadError) thrown;
            assertThat(s(incomplete.partial())).as("IncompleteReadError.partial").isEqualTo("abc");
            assertThat(incomplete.expected()).as("IncompleteReadError.expected").isEqualTo(10);
        }

        @Test
        @DisplayName("refuses a negative size: readexactly size can not be less than zero")
        void negative() {
            StreamReader reader = new StreamReader();
            Throwable thrown = withChunks(reader, chunks(), () -> catchThrowable(() -> reader.readexactly(-1)));
            assertThat(thrown).as("readexactly(-1)").isInstanceOf(ValueError.class).hasMessage("readexactly size can not be less than zero");
        }
    }

    @Nested
    @DisplayName("readuntil(separator)")
    class Readuntil {

        @Test
        @DisplayName("finds a separator split across two chunks")
        void splitSeparator() {
            StreamReader reader = new StreamReader();
            String part = withChunks(reader, chunks("part one-", "-x part two"), () -> timed(reader.readuntil(b("--x"))));
            assertThat(part).as("readuntil(b'--x') on 'part one-', '-x part two'").isEqualTo("'part one--x' at 2.0");
        }

        @Test
        @DisplayName("raises LimitOverrunError past the limit and leaves the data in the buffer")
        void overrun() {
            StreamReader reader = new StreamReader(4);
            List<Object> seen = withChunks(reader, chunks("abcdef-gh"), () -> Arrays.asList(
                    catchThrowable(() -> reader.readuntil(b("-"))), attempt(() -> reader.read(100))));
            assertThat((Throwable) seen.get(0)).as("readuntil(b'-') with limit=4 on 'abcdef-gh'").isInstanceOf(LimitOverrunError.class)
                    .hasMessage("Separator is found, but chunk is longer than limit");
            assertThat(((LimitOverrunError) seen.get(0)).consumed()).as("LimitOverrunError.consumed: where the separator starts").isEqualTo(6);
            assertThat(seen.get(1)).as("read(100) after the overrun: the data is still in the buffer").isEqualTo("'abcdef-gh' at 1.0");
        }

        @Test
        @DisplayName("raises IncompleteReadError with expected None (printed 'undefined') at EOF, and refuses an empty separator")
        void eofAndEmptySeparator() {
            StreamReader reader = new StreamReader();
            List<Throwable> thrown = withChunks(reader, chunks("no end"), () -> Arrays.asList(
                    catchThrowable(() -> reader.readuntil(new byte[0])), catchThrowable(() -> reader.readuntil(b("\n")))));
            assertThat(thrown.get(0)).as("readuntil(b'')").isInstanceOf(ValueError.class).hasMessage("Separator should be at least one-byte string");
            assertThat(thrown.get(1)).as("readuntil(b'\\n') on 'no end', EOF")
                    .isInstanceOf(IncompleteReadError.class).hasMessage("6 bytes read on a total of undefined expected bytes");
            assertThat(((IncompleteReadError) thrown.get(1)).expected()).as("expected is None").isNull();
        }
    }

    @Nested
    @DisplayName("its state and its errors")
    class State {

        @Test
        @DisplayName("is at_eof() only once the end was fed and the buffer is empty")
        void atEof() {
            StreamReader reader = new StreamReader();
            List<Boolean> seen = withChunks(reader, chunks("x"), () -> {
                List<Boolean> out = new ArrayList<>();
                out.add(reader.atEof());
                Asyncio.sleep(5);
                out.add(reader.atEof());
                reader.read(1);
                out.add(reader.atEof());
                return out;
            });
            assertThat(seen).as("at_eof() before any data, after EOF with 'x' unread, after reading it").containsExactly(false, false, true);
        }

        @Test
        @DisplayName("lets only one coroutine wait for data: RuntimeError for the second")
        void oneWaiter() {
            StreamReader reader = new StreamReader();
            Throwable second = withChunks(reader, chunks("line\n"), () -> {
                Task<byte[]> first = EventLoop.getRunningLoop().createTask(reader::readline);
                Asyncio.sleep(0);
                Throwable thrown = catchThrowable(() -> reader.read(3));
                Coroutine.await(first);
                return thrown;
            });
            assertThat(second).as("read(3) while another task waits in readline()").isInstanceOf(RuntimeError.class)
                    .hasMessage("read() called while another coroutine is already waiting for incoming data");
        }

        @Test
        @DisplayName("raises a stored exception in the waiting read and in every later one, even read(0)")
        void storedException() {
            StreamReader reader = new StreamReader();
            ConnectionResetError reset = new ConnectionResetError("[Errno 104] Connection reset by peer");
            List<Throwable> thrown = withChunks(reader, chunks(), () -> {
                EventLoop.getRunningLoop().callSoon(() -> reader.setException(reset));
                return Arrays.asList(catchThrowable(reader::readline), catchThrowable(() -> reader.read(0)));
            });
            assertThat(thrown).as("readline() waiting when set_exception() is called, then read(0)").containsExactly(reset, reset);
            assertThat(reader.exception()).as("exception()").isSameAs(reset);
        }

        @Test
        @DisplayName("raises a stored exception before answering from the buffer, in every kind of read")
        void storedExceptionBeatsBufferedData() {
            StreamReader reader = new StreamReader();
            ConnectionResetError reset = new ConnectionResetError("[Errno 104] Connection reset by peer");
            reader.feedData(b("line\nmore"));
            reader.setException(reset);
            List<Throwable> thrown = withChunks(reader, chunks(), () -> Arrays.asList(catchThrowable(() -> reader.readuntil(b("\n"))),
                    catchThrowable(() -> reader.readexactly(2)), catchThrowable(reader::readline), catchThrowable(() -> reader.read(2))));
            assertThat(thrown).as("readuntil(b'\\n'), readexactly(2), readline() and read(2) after set_exception(), with "
                    + "'line\\nmore' still buffered: CPython checks the exception first").containsExactly(reset, reset, reset, reset);
        }

        @Test
        @DisplayName("refuses a limit of 0 (Limit cannot be <= 0) and data after EOF (AssertionError)")
        void badInput() {
            assertThatThrownBy(() -> new StreamReader(0), "asyncio.StreamReader(limit=0): CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("Limit cannot be <= 0");
            StreamReader reader = new StreamReader();
            reader.feedEof();
            assertThatThrownBy(() -> reader.feedData(b("late")),
                    "reader.feed_data(b'late') after reader.feed_eof(): CPython raises AssertionError")
                    .isInstanceOf(AssertionFailure.class).hasMessage("feed_data after feed_eof");
        }
    }

    @Test
    @Timeout(30) // 500 loops and coroutine threads: a second or two, but much more on a machine that is busy
    @DisplayName("gives CPython's results, errors and timing for 500 random scripts of chunks and reads with small limits")
    void golden() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (JsonObject script : Golden.cases("asyncio", "stream_reader.json")) {
            JsonArray expected = script.getAsJsonArray("results");
            String actual;
            try {
                JsonArray results = StreamScripts.replay(script);
                actual = results.equals(expected) ? null : results.toString();
            } catch (RuntimeException | AssertionError e) {
                actual = "raised " + e;
            }
            checked++;
            if (actual != null && mismatches.size() < 3) {
                mismatches.add("limit=" + script.get("limit") + ", chunks " + StreamScripts.describe(StreamScripts.chunks(script))
                        + " (chunk i at i + 1 s, then EOF), calls " + script.get("ops")
                        + "\n  CPython: " + expected + "\n  yours:   " + actual);
            }
        }
        assertThat(checked).as("golden scripts replayed").isEqualTo(500);
        assertThat(mismatches).as("scripts where a result, an error or the time a call returned differs from CPython's "
                + "('at' is the loop time when the call returned)").isEmpty();
    }
}
