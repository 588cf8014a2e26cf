package generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import py.StopIteration;
import py.UnicodeDecodeError;
import py.ValueError;
import support.Golden;

@DisplayName("The large-file reader: delimited records in bounded memory")
@Tag("task-6")
class RecordReaderSpec {

    static List<String> read(String text, String delimiter, int chunkSize) {
        return drain(new RecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), delimiter, chunkSize));
    }

    static List<String> drain(RecordReader reader) {
        List<String> records = new ArrayList<>();
        while (true) {
            try {
                records.add((String) reader.__next__());
            } catch (StopIteration end) {
                return records;
            }
        }
    }

    /** The bytes of a Python bytes literal's body: ASCII, with {@code \\xNN} escapes. */
    static byte[] bytesOf(String escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.startsWith("\\x", i)) {
                out.write(Integer.parseInt(escaped.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.write(escaped.charAt(i));
            }
        }
        return out.toByteArray();
    }

    /** What Python's {@code text.split(delimiter)} gives (Java's split drops trailing empties unless the limit is negative). */
    static List<String> split(String text, String delimiter) {
        return Arrays.asList(text.split(Pattern.quote(delimiter), -1));
    }

    @Nested
    @DisplayName("splitting")
    class Splitting {
        @Test
        @DisplayName("finds the notes' {|} delimiter even when it is cut across chunks, for every chunk size from 1 up")
        void everyChunkSize() {
            String text = "alpha{|}beta{|}{|}gamma{|}delta";
            for (int chunk = 1; chunk <= text.length() + 3; chunk++) {
                assertThat(read(text, "{|}", chunk)).as("records of %s with chunk size %d", quoted(text), chunk)
                        .containsExactly("alpha", "beta", "", "gamma", "delta");
            }
        }

        @Test
        @DisplayName("yields a final empty record after a trailing delimiter, like the notes' reader and str.split")
        void trailingDelimiter() {
            assertThat(read("a|b|", "|", 2)).as("records of 'a|b|'").containsExactly("a", "b", "");
        }

        @Test
        @DisplayName("yields one empty record for an empty file")
        void emptyFile() {
            assertThat(read("", "|", 4)).as("records of ''").containsExactly("");
        }

        @Test
        @DisplayName("yields the whole text as one record when the delimiter never occurs")
        void noDelimiter() {
            assertThat(read("no delimiter here", "{|}", 3)).as("records of text without the delimiter").containsExactly("no delimiter here");
        }

        @Test
        @DisplayName("matches the leftmost delimiter first, without overlaps ('aaa' split on 'aa')")
        void leftmostMatch() {
            assertThat(read("aaa", "aa", 1)).as("records of 'aaa' on 'aa', as 'aaa'.split('aa')").containsExactly("", "a");
        }

        @Test
        @DisplayName("raises StopIteration after the last record, every time")
        void stopsForGood() {
            RecordReader reader = new RecordReader(new ByteArrayInputStream("x|y".getBytes(StandardCharsets.UTF_8)), "|", 8);
            assertThat(drain(reader)).as("records of 'x|y'").containsExactly("x", "y");
            assertThatThrownBy(reader::__next__).as("next() after the end").isInstanceOf(StopIteration.class);
            assertThatThrownBy(reader::__next__).as("and again").isInstanceOf(StopIteration.class);
        }

        @Test
        @DisplayName("is its own iterator, like a file: iter(reader) is reader, so a second loop finds nothing left")
        void ownIterator() {
            RecordReader reader = new RecordReader(new ByteArrayInputStream("a|b".getBytes(StandardCharsets.UTF_8)), "|", 2);
            assertThat(reader.__iter__()).as("iter(reader)").isSameAs(reader);
            assertThat(drain(reader)).as("the first loop over the reader").containsExactly("a", "b");
            assertThat(drain(reader)).as("a second loop over the same reader").isEmpty();
        }

        @Test
        @DisplayName("refuses an empty delimiter with ValueError empty separator, where the notes' version loops forever")
        void emptyDelimiter() {
            assertThatThrownBy(() -> drain(new RecordReader(new ByteArrayInputStream(new byte[] {'a'}), "", 4)))
                    .isInstanceOf(ValueError.class).hasMessage("empty separator");
            assertThatThrownBy(() -> new RecordReader(new ByteArrayInputStream(new byte[] {'a'}), "|", 0))
                    .as("a chunk size of 0 would read nothing forever").isInstanceOf(ValueError.class)
                    .hasMessage("chunk size must be positive");
        }
    }

    @Nested
    @DisplayName("bytes versus characters")
    class Utf8 {
        @Test
        @DisplayName("decodes multi-byte UTF-8 characters cut in half by a chunk boundary")
        void splitCharacters() {
            String text = "中文|é€|😀😀|末";
            for (int chunk = 1; chunk <= 8; chunk++) {
                assertThat(read(text, "|", chunk)).as("records of %s read %d bytes at a time", quoted(text), chunk)
                        .containsExactly("中文", "é€", "😀😀", "末");
            }
        }

        @Test
        @DisplayName("reports invalid UTF-8 with CPython's UnicodeDecodeError: the byte, its position in the file and why, for every chunk size")
        void decodeErrors() {
            Map<String, String> cpython = new LinkedHashMap<>();
            cpython.put("ab\nc\\xffd", "'utf-8' codec can't decode byte 0xff in position 4: invalid start byte");
            cpython.put("a\\x80", "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte");
            cpython.put("x\n\\xc3(y", "'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte");
            cpython.put("\\xc1\\x81", "'utf-8' codec can't decode byte 0xc1 in position 0: invalid start byte");
            cpython.put("\\xc2(", "'utf-8' codec can't decode byte 0xc2 in position 0: invalid continuation byte");
            cpython.put("\\xf4(", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
            cpython.put("\\xf5\\x80", "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte");
            cpython.put("ab\n\\xc3", "'utf-8' codec can't decode byte 0xc3 in position 3: unexpected end of data");
            cpython.put("ok\n\\xe2\\x82", "'utf-8' codec can't decode bytes in position 3-4: unexpected end of data");
            cpython.forEach((escaped, message) -> {
                byte[] data = bytesOf(escaped);
                for (int chunk = 1; chunk <= 6; chunk++) {
                    RecordReader reader = new RecordReader(new ByteArrayInputStream(data), "\n", chunk);
                    assertThatThrownBy(() -> drain(reader)).as("reading b'%s' %d bytes at a time (CPython: b'%s'.decode())", escaped, chunk, escaped)
                            .isInstanceOf(UnicodeDecodeError.class).hasMessage(message);
                }
            });
        }

        @Test
        @DisplayName("takes a multi-byte delimiter too")
        void multiByteDelimiter() {
            assertThat(read("a😀b😀", "😀", 1)).as("records of 'a😀b😀' split on an emoji, one byte at a time")
                    .containsExactly("a", "b", "");
        }
    }

    @Test
    @DisplayName("readingSplitsLikeStrSplit: for random text, delimiter and chunk size, records == text.split(delimiter)")
    void readingSplitsLikeStrSplit() {
        Gen<String> texts = strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 40);
        Gen<String> delimiters = strings().betweenCodePoints('a', 'c').ofLengthBetween(1, 3);
        qt().forAll(texts, delimiters, integers().between(1, 9)).checkAssert((text, delimiter, chunk) ->
                assertThat(read(text, delimiter, chunk)).as("records of %s on %s, chunk %d", quoted(text), quoted(delimiter), chunk)
                        .isEqualTo(split(text, delimiter)));
    }

    @Test
    @DisplayName("joiningThenReadingRoundTrips: for random UTF-8 records, read(join(records)) == records")
    void joiningThenReadingRoundTrips() {
        // Any code point from 'a' up to the emoji block, minus lone surrogates and the delimiter's braces.
        Gen<String> record = strings().betweenCodePoints(0x61, 0x1F603).ofLengthBetween(0, 6)
                .map(s -> s.codePoints().filter(c -> (c < 0xD800 || c > 0xDFFF) && c != '{' && c != '}')
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        qt().withExamples(300).forAll(lists().of(record).ofSizeBetween(1, 8), integers().between(1, 7)).checkAssert((records, chunk) -> {
            String text = String.join("{|}", records);
            assertThat(read(text, "{|}", chunk)).as("records of %s, chunk %d bytes", quoted(text), chunk).isEqualTo(records);
        });
    }

    @Test
    @DisplayName("matches CPython's reference reader on 400 generated texts, delimiters and chunk sizes")
    void matchesCPython() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("generators", "records.json")) {
            String text = golden.get("text").getAsString();
            String delimiter = golden.get("delimiter").getAsString();
            int chunk = golden.get("chunk").getAsInt();
            List<String> expected = new ArrayList<>();
            for (JsonElement record : golden.getAsJsonArray("records")) {
                expected.add(record.getAsString());
            }
            List<String> actual = read(text, delimiter, chunk);
            if (!expected.equals(actual)) {
                mismatches.add(quoted(text) + " on " + quoted(delimiter) + " chunk " + chunk + ": CPython " + py.Repr.of(expected)
                        + ", got " + py.Repr.of(actual));
            }
        }
        assertThat(mismatches).as("cases where the reader disagrees with CPython's").isEmpty();
    }

    @Nested
    @DisplayName("memory")
    class Memory {
        @Test
        @DisplayName("never asks for more than one chunk per read, nor reads more than a chunk ahead")
        void readsAhead() {
            String text = "r0|r1|r2|r3|r4|r5|r6|r7|r8|r9";
            CountingStream in = new CountingStream(text.getBytes(StandardCharsets.UTF_8));
            RecordReader reader = new RecordReader(in, "|", 4);
            for (int i = 0; i < 10; i++) {
                assertThat(reader.__next__()).as("record %d", i).isEqualTo("r" + i);
                long end = 3L * i + 2;
                assertThat(in.consumed).as("bytes consumed once record %d (ending at byte %d) was returned: at most one chunk beyond it", i, end)
                        .isLessThanOrEqualTo(end + 1 + 4);
            }
            assertThat(in.largestRequest).as("the largest read(n) the reader asked for, with chunk size 4").isLessThanOrEqualTo(4);
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS)
        @DisplayName("hands out a million tiny records from one big chunk without re-copying the rest of the buffer for each")
        void noReslicing() {
            byte[] text = "a|".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
            RecordReader reader = new RecordReader(new ByteArrayInputStream(text), "|", text.length);
            int records = 0;
            try {
                while (true) {
                    reader.__next__();
                    records++;
                }
            } catch (StopIteration end) {
                // The notes' buf = buf[pos + len(newline):] copies ~1 MB per record here: 10**12 chars in all, so it never
                // gets this far before the timeout. Remembering where the next record starts copies nothing.
            }
            assertThat(records).as("records in 'a|' * 1000000 (the last one is the empty tail)").isEqualTo(1_000_001);
        }

        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("reads a generated 200 MB one-line file holding at most a chunk plus one record")
        void twoHundredMegabytes() {
            int chunk = 64 * 1024;
            GeneratedFile file = new GeneratedFile(200L * 1024 * 1024);
            RecordReader reader = new RecordReader(file, "{|}", chunk);
            long count = 0;
            while (true) {
                String record;
                try {
                    record = (String) reader.__next__();
                } catch (StopIteration end) {
                    break;
                }
                // Spot-check the content (every record has the right length; every 1000th is compared in full).
                if (count < file.records() && (record.length() != GeneratedFile.STRIDE - 3 || count % 1000 == 0 && !record.equals(GeneratedFile.record(count)))) {
                    assertThat(record).as("record %d of the generated file", count).isEqualTo(GeneratedFile.record(count));
                }
                long recordEnd = (count + 1) * GeneratedFile.STRIDE;
                if (file.consumed > recordEnd + chunk) {
                    assertThat(file.consumed).as("bytes consumed after record %d: the reader must not read more than a chunk ahead", count)
                            .isLessThanOrEqualTo(recordEnd + chunk);
                }
                count++;
            }
            assertThat(count).as("records in the 200 MB file (the last one is the partial tail)").isEqualTo(file.records() + 1);
            assertThat(file.largestRequest).as("largest read(n) asked of the file").isLessThanOrEqualTo(chunk);
            assertThat(reader.peakBufferedChars()).as("peak characters held by the reader, with a %d-byte chunk and %d-byte records", chunk,
                    GeneratedFile.STRIDE).isLessThanOrEqualTo(chunk + 2 * GeneratedFile.STRIDE).isPositive();
        }
    }

    /** A byte array that remembers how far it was read and the largest read(n). */
    static final class CountingStream extends InputStream {
        final byte[] data;
        long consumed;
        int largestRequest;

        CountingStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            largestRequest = Math.max(largestRequest, len);
            if (consumed >= data.length) {
                return -1;
            }
            int n = (int) Math.min(len, data.length - consumed);
            System.arraycopy(data, (int) consumed, b, off, n);
            consumed += n;
            return n;
        }
    }

    /** A one-line file of {@code size} bytes, generated on the fly: "000000000....{|}000000001....{|}...". */
    static final class GeneratedFile extends InputStream {
        static final String PADDING = ".".repeat(52);
        static final int STRIDE = 9 + PADDING.length() + 3;
        final long size;
        long consumed;
        int largestRequest;
        /** The bytes of the record under the read position, advanced like an odometer. */
        private final byte[] current = (record(0) + "{|}").getBytes(StandardCharsets.US_ASCII);

        GeneratedFile(long size) {
            this.size = size;
        }

        static String record(long index) {
            String digits = Long.toString(index);
            return "000000000".substring(digits.length()) + digits + PADDING;
        }

        long records() {
            return size / STRIDE;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            largestRequest = Math.max(largestRequest, len);
            if (consumed >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - consumed);
            int done = 0;
            while (done < n) {
                int offset = (int) (consumed % STRIDE);
                int take = Math.min(STRIDE - offset, n - done);
                System.arraycopy(current, offset, b, off + done, take);
                done += take;
                consumed += take;
                if (offset + take == STRIDE) {
                    increment();
                }
            }
            return n;
        }

        private void increment() {
            for (int i = 8; i >= 0; i--) {
                if (current[i] != '9') {
                    current[i]++;
                    return;
                }
                current[i] = '0';
            }
        }
    }

    private static String quoted(String text) {
        return py.Repr.of(text);
    }
}
