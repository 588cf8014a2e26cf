package crawler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams crawl records to a JSON Lines file: one JSON object per line, written and flushed the
 * moment a page completes. Each line is exactly what Python's {@code json.dumps(record)} writes.
 * Safe to call from many threads at once.
 */
public final class JsonLinesWriter implements Consumer<PageRecord>, AutoCloseable {

    /** Creates (or truncates) {@code file}. */
    public JsonLinesWriter(Path file) throws IOException {
        throw new UnsupportedOperationException("TODO(task 7): open the file for writing - see katas/crawler/README.md#task-7");
    }

    /**
     * {@code json.dumps({"url": ..., "depth": ..., "status": ..., "links": [...], "error": ...})}, in that
     * key order; a status of 0 (no response) and a missing error are {@code null}.
     */
    public static String line(PageRecord record) {
        throw new UnsupportedOperationException("TODO(task 7): the record as json.dumps writes it - see katas/crawler/README.md#task-7");
    }

    /** {@code json.dumps(text)}: quoted, with every character outside printable ASCII escaped (ensure_ascii). */
    public static String quote(String text) {
        throw new UnsupportedOperationException("TODO(task 7): a JSON string literal, as json.dumps writes it - see katas/crawler/README.md#task-7");
    }

    /** Writes the record's line and flushes it to the operating system before returning. */
    @Override
    public void accept(PageRecord record) {
        throw new UnsupportedOperationException("TODO(task 7): write one whole line and flush it - see katas/crawler/README.md#task-7");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO(task 7): close the file - see katas/crawler/README.md#task-7");
    }
}
