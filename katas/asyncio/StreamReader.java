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
        throw new UnsupportedOperationException("TODO(task 8): a reader with the default limit of 64 KiB - see katas/asyncio/README.md#task-8");
    }

    /** A reader whose lines (and readuntil chunks) may be at most {@code limit} bytes, separator not counted. */
    public StreamReader(int limit) {
        throw new UnsupportedOperationException("TODO(task 8): a reader whose lines may be at most limit bytes (ValueError for limit <= 0) - see katas/asyncio/README.md#task-8");
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
        throw new UnsupportedOperationException("TODO(task 8): true once the end was fed and every byte has been read - see katas/asyncio/README.md#task-8");
    }

    /** The error the connection ended with, or null. */
    public Throwable exception() {
        throw new UnsupportedOperationException("TODO(task 8): the error the connection ended with, or null - see katas/asyncio/README.md#task-8");
    }

    /** Stores the connection's error: a waiting read raises it, and so does every later read. */
    public void setException(Throwable error) {
        throw new UnsupportedOperationException("TODO(task 8): store the error; a waiting read and every later one raise it - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: the next line with its b"\n", or the rest at EOF; ValueError if longer than the limit. */
    public byte[] readline() {
        throw new UnsupportedOperationException("TODO(task 8): the next line with its newline, or the rest at EOF - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: the bytes up to and including the separator. */
    public byte[] readuntil(byte[] separator) {
        throw new UnsupportedOperationException("TODO(task 8): the bytes up to and including the separator - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: up to n bytes as soon as any are there; n &lt; 0 reads to EOF; b"" at EOF. */
    public byte[] read(int n) {
        throw new UnsupportedOperationException("TODO(task 8): up to n bytes as soon as any are there; n < 0 reads to EOF - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: exactly n bytes, or IncompleteReadError with what there was if the stream ends first. */
    public byte[] readexactly(int n) {
        throw new UnsupportedOperationException("TODO(task 8): exactly n bytes, or IncompleteReadError at EOF - see katas/asyncio/README.md#task-8");
    }

    /** Inside a coroutine: the next line, or StopAsyncIteration at EOF (one step of {@code async for line in reader}). */
    public byte[] anext() {
        throw new UnsupportedOperationException("TODO(task 8): the next line, or StopAsyncIteration at EOF - see katas/asyncio/README.md#task-8");
    }
}
