package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JsonLinesWriter: one record per line, as json.dumps writes it, on disk at once")
@Tag("task-7")
class JsonLinesSpec {

    @Nested
    @DisplayName("line(record) and quote(text)")
    class Encoding {
        @Test
        @DisplayName("writes the keys in order with Python's separators, and null for no status and no error")
        void shape() {
            assertThat(JsonLinesWriter.line(new PageRecord("http://h/", 0, 0, List.of("http://h/a", "http://h/b"), null)))
                    .as("line of a record without status or error")
                    .isEqualTo("{\"url\": \"http://h/\", \"depth\": 0, \"status\": null, \"links\": [\"http://h/a\", \"http://h/b\"], \"error\": null}");
        }

        @Test
        @DisplayName("escapes quotes, backslashes and control characters, and every non-ASCII character as \\uXXXX")
        void escapes() {
            assertThat(JsonLinesWriter.quote("say \"hi\"\\\n\t\u0001\u007f")).as("quote of quotes, backslash, newline, tab, \\x01, DEL")
                    .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\\u007f\"");
            assertThat(JsonLinesWriter.quote("é中😀")).as("quote('é中😀'): ensure_ascii, astral characters as surrogate pairs")
                    .isEqualTo("\"\\u00e9\\u4e2d\\ud83d\\ude00\"");
        }

        @Test
        @DisplayName("agrees with CPython's json.dumps on 300 generated records")
        void golden() {
            GoldenCases.assertAgrees("json_lines.json", golden -> golden.getAsJsonObject("record").toString(),
                    golden -> JsonLinesWriter.line(Crawls.fromJson(golden.getAsJsonObject("record"))), golden -> golden.get("line").getAsString());
        }

        @Test
        @DisplayName("roundTripsThroughAJsonParser: any record, with any text, parses back to itself")
        void roundTripsThroughAJsonParser() {
            qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 12), lists().of(strings().allPossible()
                    .ofLengthBetween(0, 6)).ofSizeBetween(0, 3), integers().between(0, 599)).checkAssert((text, links, status) -> {
                PageRecord original = new PageRecord("http://h/" + text, status % 20, status, links, status % 2 == 0 ? null : text);
                String line = JsonLinesWriter.line(original);
                assertThat(line).as("line(%s)", original).doesNotContain("\n");
                assertThat(Crawls.fromJson(JsonParser.parseString(line).getAsJsonObject())).as("Gson's reading of %s", line).isEqualTo(original);
            });
        }
    }

    @Nested
    @DisplayName("the writer")
    class Writer {
        @Test
        @DisplayName("puts each record on disk, whole and newline-terminated, before accept() returns")
        void flushesEachLine(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("crawl.jsonl");
            try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
                writer.accept(new PageRecord("http://h/", 0, 200, List.of(), null));
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("the file after one accept(), before close()")
                        .isEqualTo(JsonLinesWriter.line(new PageRecord("http://h/", 0, 200, List.of(), null)) + "\n");
                writer.accept(new PageRecord("http://h/a", 1, 404, List.of(), "HTTP 404"));
                assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).as("lines after two accept() calls").hasSize(2);
            }
        }

        @Test
        @DisplayName("close() closes the file: no descriptor of it stays open, and a later accept() fails instead of writing")
        void closeClosesTheFile(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("crawl.jsonl");
            JsonLinesWriter writer = new JsonLinesWriter(file);
            writer.accept(new PageRecord("http://h/", 0, 200, List.of(), null));
            writer.close();
            assertThat(descriptorsOf(file)).as("this JVM's open descriptors of %s after close() (from /proc/self/fd)", file).isZero();
            assertThatThrownBy(() -> writer.accept(new PageRecord("http://h/late", 1, 200, List.of(), null)), "accept() after close()")
                    .isInstanceOf(java.io.UncheckedIOException.class);
        }

        @Test
        @DisplayName("never interleaves two lines written from many threads at once")
        void threadSafe(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("crawl.jsonl");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 250; i++) {
                            writer.accept(new PageRecord("http://h/" + thread + "/" + i, i, 200, List.of("x".repeat(i)), null));
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).as("lines written by 8 threads x 250 records").hasSize(2000);
            for (String line : lines) {
                assertThat(JsonParser.parseString(line).getAsJsonObject().get("url").getAsString()).as("url of line %s", line).startsWith("http://h/");
            }
        }
    }

    /** How many of this JVM's file descriptors point at {@code file} (Linux's /proc/self/fd; 0 elsewhere). */
    private static long descriptorsOf(Path file) throws java.io.IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        Path target = file.toRealPath();
        try (java.util.stream.Stream<Path> open = Files.list(fds)) {
            return open.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (java.io.IOException | UnsupportedOperationException gone) {
                    return false; // closed meanwhile (the listing's own descriptor, say)
                }
            }).count();
        }
    }
}
