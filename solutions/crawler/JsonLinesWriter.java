package crawler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Streams crawl records to a JSON Lines file: one JSON object per line, written and flushed the
 * moment a page completes, so a crash loses nothing already fetched and every line on disk is
 * whole. Each line is exactly what Python's {@code json.dumps(record)} writes. Safe to call from
 * many threads at once: a line is never interleaved with another.
 */
public final class JsonLinesWriter implements Consumer<PageRecord>, AutoCloseable {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;

    /** Creates (or truncates) {@code file}. */
    public JsonLinesWriter(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /**
     * {@code json.dumps({"url": ..., "depth": ..., "status": ..., "links": [...], "error": ...})}, in that
     * key order; a status of 0 (no response) and a missing error are {@code null}.
     */
    public static String line(PageRecord record) {
        StringJoiner links = new StringJoiner(", ", "[", "]");
        record.links().forEach(link -> links.add(quote(link)));
        return "{\"url\": " + quote(record.url())
                + ", \"depth\": " + record.depth()
                + ", \"status\": " + (record.status() == 0 ? "null" : String.valueOf(record.status()))
                + ", \"links\": " + links
                + ", \"error\": " + (record.error() == null ? "null" : quote(record.error())) + "}";
    }

    /** {@code json.dumps(text)}: quoted, with every character outside printable ASCII escaped (ensure_ascii). */
    public static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        json.append(c);
                    } else {
                        // A char is one UTF-16 unit: an emoji comes out as its surrogate pair, as in Python.
                        json.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Writes the record's line and flushes it to the operating system before returning. */
    @Override
    public synchronized void accept(PageRecord record) {
        try {
            out.write(line(record));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
