package asyncio;

import java.util.Arrays;
import py.AssertionFailure;
import py.RuntimeError;
import py.StopAsyncIteration;
import py.ValueError;

/**
 * Bytes that arrive in chunks ({@link #feedData}) and are read by a coroutine in the shapes it
 * wants: lines, up to n bytes, exactly n bytes, up to a separator. A read that cannot be answered
 * from the buffer waits on a future that the next chunk (or the end of the stream) completes.
 */
public class StreamReader {
    /** CPython's default limit: 64 KiB. */
    public static final int DEFAULT_LIMIT = 64 * 1024;
    private static final byte[] NEWLINE = {'\n'};

    private final int limit;
    private byte[] buffer = new byte[256];
    private int start;
    private int end;
    private boolean eof;
    private Throwable exception;
    private Future<Void> waiter;

    /** A reader with the default limit of 64 KiB. */
    public StreamReader() {
        this(DEFAULT_LIMIT);
    }

    /** A reader whose lines (and readuntil chunks) may be at most {@code limit} bytes, separator not counted. */
    public StreamReader(int limit) {
        if (limit <= 0) {
            throw new ValueError("Limit cannot be <= 0");
        }
        this.limit = limit;
    }

    /** Appends a chunk and wakes a waiting read. */
    public void feedData(byte[] data) {
        if (eof) {
            throw new AssertionFailure("feed_data after feed_eof");
        }
        if (data.length == 0) {
            return;
        }
        ensureRoom(data.length);
        System.arraycopy(data, 0, buffer, end, data.length);
        end += data.length;
        wakeUpWaiter();
    }

    /** Marks the end of the stream and wakes a waiting read. */
    public void feedEof() {
        eof = true;
        wakeUpWaiter();
    }

    /** True once the end was fed and every byte has been read. */
    public boolean atEof() {
        return eof && size() == 0;
    }

    /** The error the connection ended with, or null. */
    public Throwable exception() {
        return exception;
    }

    /** Stores the connection's error: a waiting read raises it, and so does every later read. */
    public void setException(Throwable error) {
        exception = error;
        Future<Void> current = waiter;
        waiter = null;
        if (current != null && !current.done()) {
            current.setException(error);
        }
    }

    /** Inside a coroutine: the next line with its b"\n", or the rest at EOF; ValueError if longer than the limit. */
    public byte[] readline() {
        try {
            return readuntil(NEWLINE);
        } catch (IncompleteReadError e) {
            return e.partial();
        } catch (LimitOverrunError e) {
            // Drop the offending line (or all there is, if its end has not arrived), so the next read moves on.
            if (e.consumed() < size() && buffer[start + e.consumed()] == '\n') {
                consume(e.consumed() + 1);
            } else {
                consume(size());
            }
            throw new ValueError(e.getMessage());
        }
    }

    /** Inside a coroutine: the bytes up to and including the separator. */
    public byte[] readuntil(byte[] separator) {
        if (separator.length == 0) {
            throw new ValueError("Separator should be at least one-byte string");
        }
        raiseStoredException();
        // Everything before offset is known not to start a separator: never search it twice.
        int offset = 0;
        int found;
        while (true) {
            found = -1;
            if (size() - offset >= separator.length) {
                found = indexOf(separator, offset);
                if (found >= 0) {
                    break;
                }
                offset = size() + 1 - separator.length;
                if (offset > limit) {
                    throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
                }
            }
            // A chunk that completed the separator may come together with the EOF: check the buffer first.
            if (eof) {
                byte[] rest = consume(size());
                throw new IncompleteReadError(rest, null);
            }
            waitForData("readuntil");
        }
        if (found > limit) {
            throw new LimitOverrunError("Separator is found, but chunk is longer than limit", found);
        }
        return consume(found + separator.length);
    }

    /** Inside a coroutine: up to n bytes as soon as any are there; n &lt; 0 reads to EOF; b"" at EOF. */
    public byte[] read(int n) {
        raiseStoredException();
        if (n == 0) {
            return new byte[0];
        }
        if (n < 0) {
            // Block by block, like CPython: one read per limit-sized block until EOF.
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            byte[] block;
            while ((block = read(limit)).length > 0) {
                all.writeBytes(block);
            }
            return all.toByteArray();
        }
        if (size() == 0 && !eof) {
            waitForData("read");
        }
        return consume(Math.min(n, size()));
    }

    /** Inside a coroutine: exactly n bytes, or IncompleteReadError with what there was if the stream ends first. */
    public byte[] readexactly(int n) {
        if (n < 0) {
            throw new ValueError("readexactly size can not be less than zero");
        }
        raiseStoredException();
        while (size() < n) {
            if (eof) {
                throw new IncompleteReadError(consume(size()), n);
            }
            waitForData("readexactly");
        }
        return consume(n);
    }

    /** Inside a coroutine: the next line, or StopAsyncIteration at EOF (one step of {@code async for line in reader}). */
    public byte[] anext() {
        byte[] line = readline();
        if (line.length == 0) {
            throw new StopAsyncIteration("");
        }
        return line;
    }

    private void waitForData(String function) {
        // Two readers waiting at once could not know which of them the next chunk is for.
        if (waiter != null) {
            throw new RuntimeError(function + "() called while another coroutine is already waiting for incoming data");
        }
        waiter = EventLoop.getRunningLoop().createFuture();
        try {
            Coroutine.await(waiter);
        } finally {
            waiter = null;
        }
    }

    private void wakeUpWaiter() {
        Future<Void> current = waiter;
        waiter = null;
        if (current != null && !current.done()) {
            current.setResult(null);
        }
    }

    private void raiseStoredException() {
        if (exception != null) {
            throw Future.<RuntimeException>sneaky(exception);
        }
    }

    private int size() {
        return end - start;
    }

    private int indexOf(byte[] separator, int from) {
        outer:
        for (int i = start + from; i <= end - separator.length; i++) {
            for (int j = 0; j < separator.length; j++) {
                if (buffer[i + j] != separator[j]) {
                    continue outer;
                }
            }
            return i - start;
        }
        return -1;
    }

    /** Removes and returns the first n buffered bytes. */
    private byte[] consume(int n) {
        byte[] taken = Arrays.copyOfRange(buffer, start, start + n);
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return taken;
    }

    private void ensureRoom(int extra) {
        if (end + extra <= buffer.length) {
            return;
        }
        int needed = size() + extra;
        // Slide the unread bytes to the front; grow only if they still do not fit.
        byte[] target = needed <= buffer.length ? buffer : new byte[Math.max(needed, buffer.length * 2)];
        System.arraycopy(buffer, start, target, 0, size());
        end = size();
        start = 0;
        buffer = target;
    }
}
