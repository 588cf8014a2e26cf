package asyncio;

/**
 * Bytes that arrive in chunks ({@link #feedData}) and are read by a coroutine in the shapes it
 * wants: lines, up to n bytes, exactly n bytes, up to a separator. A read that cannot be answered
 * from the buffer waits on a future that the next chunk (or the end of the stream) completes.
 */
public class StreamReader {
    /** CPython's default limit: 64 KiB. */
    public static final int DEFAULT_LIMIT = 64 * 1024;

    /** A reader with the default limit of 64 KiB. */
    public StreamReader() {
        throw new UnsupportedOperationException("TODO(task 8): create a reader with the default line limit - see katas/asyncio/README.md#task-8");
    }

    /** A reader whose lines (and readuntil chunks) may be at most {@code limit} bytes, separator not counted. */
    public StreamReader(int limit) {
        throw new UnsupportedOperationException("TODO(task 8): create a reader whose lines may be at most limit bytes - see katas/asyncio/README.md#task-8");
    }

    /** Appends a chunk and wakes a waiting read. */
    public void feedData(byte[] data) {
        throw new UnsupportedOperationException("TODO(task 8): append a chunk and wake a waiting read - see katas/asyncio/README.md#task-8");
    }

    /** Marks the end of the stream and wakes a waiting read. */
    public void feedEof() {
        throw new UnsupportedOperationException("TODO(task 8): mark the end of the stream and wake a waiting read - see katas/asyncio/README.md#task-8");
    }

    /** True once the end was fed and every byte has been read. */
    public boolean atEof() {
        throw new UnsupportedOperationException("TODO(task 8): tell whether every byte up to the end has been read - see katas/asyncio/README.md#task-8");
    }

    /** The error the connection ended with, or null. */
    public Throwable exception() {
        throw new UnsupportedOperationException("TODO(task 8): return the error the connection ended with - see katas/asyncio/README.md#task-8");
    }

    /** Stores the connection's error: a waiting read raises it, and so does every later read. */
    public void setException(Throwable error) {
        throw new UnsupportedOperationException("TODO(task 8): make a waiting read and every later one raise the error - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: the next line with its b"\n", or the rest at EOF; ValueError if longer than the limit. */
    public byte[] readline() {
        throw new UnsupportedOperationException("TODO(task 8): read the next line with its newline - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: the bytes up to and including the separator. */
    public byte[] readuntil(byte[] separator) {
        throw new UnsupportedOperationException("TODO(task 8): read the bytes up to and including the separator - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: up to n bytes as soon as any are there; n &lt; 0 reads to EOF; b"" at EOF. */
    public byte[] read(int n) {
        throw new UnsupportedOperationException("TODO(task 8): read up to n bytes as soon as any are there - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: exactly n bytes, or IncompleteReadError with what there was if the stream ends first. */
    public byte[] readexactly(int n) {
        throw new UnsupportedOperationException("TODO(task 8): read exactly n bytes - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: the next line, or StopAsyncIteration at EOF (one step of {@code async for line in reader}). */
    public byte[] anext() {
        throw new UnsupportedOperationException("TODO(task 8): read the next line, as async for does - see katas/asyncio/README.md#task-8");
    }
}
