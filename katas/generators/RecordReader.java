package generators;

import java.io.InputStream;

/** The notes' {@code my_read_lines}, fixed: UTF-8 records separated by any delimiter, read {@code chunkSize} bytes at a time. */
public final class RecordReader implements PyIterator {

    /** A reader over {@code in}, splitting on {@code delimiter}, reading at most {@code chunkSize} bytes per read. */
    public RecordReader(InputStream in, String delimiter, int chunkSize) {
        throw new UnsupportedOperationException("TODO(task 6): set up a chunked record reader - see katas/generators/README.md#task-6");
    }

    /** {@code iter(reader)}. */
    @Override
    public Object __iter__() {
        throw new UnsupportedOperationException("TODO(task 6): behave like an iterator under iter() - see katas/generators/README.md#task-6");
    }

    /** The next record. */
    @Override
    public Object __next__() {
        throw new UnsupportedOperationException("TODO(task 6): return the next record - see katas/generators/README.md#task-6");
    }

    /** The most characters the reader ever held at once. */
    public int peakBufferedChars() {
        throw new UnsupportedOperationException("TODO(task 6): report the reader's peak buffer size - see katas/generators/README.md#task-6");
    }
}
