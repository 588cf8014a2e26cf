package generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import py.StopIteration;
import py.UnicodeDecodeError;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@DisplayName("The large-file reader: UTF-8 records split like str.split, and CPython's decoding errors")
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

    /** What reading {@code data} to the end raises, as "Type: message", or what it returned when it raised nothing. */
    static String decodeError(byte[] data, String delimiter, int chunkSize) {
        try {
            return "no error, but the records " + py.Repr.of(drain(new RecordReader(new ByteArrayInputStream(data), delimiter, chunkSize)));
        } catch (UnicodeDecodeError error) {
            return "UnicodeDecodeError: " + error.getMessage();
        } catch (RuntimeException other) {
            return other.getClass().getSimpleName() + ": " + other.getMessage();
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
            assertThatExceptionOfType(StopIteration.class).as("next(reader) after the last record").isThrownBy(reader::__next__);
            assertThatExceptionOfType(StopIteration.class).as("next(reader) once more: the end is for good").isThrownBy(reader::__next__);
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
            assertThatExceptionOfType(ValueError.class).as("reading b'a' with the delimiter '', as 'a'.split('') does")
                    .isThrownBy(() -> drain(new RecordReader(new ByteArrayInputStream(new byte[] {'a'}), "", 4)))
                    .withMessage("empty separator");
            assertThatExceptionOfType(ValueError.class).as("RecordReader(b'a', '|', 0): a chunk size of 0 would read nothing forever")
                    .isThrownBy(() -> new RecordReader(new ByteArrayInputStream(new byte[] {'a'}), "|", 0))
                    .withMessage("chunk size must be positive");
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
            cpython.put("\\xe2\\x82(", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
            // An encoded surrogate (U+D800): Java's decoder calls all three bytes bad, CPython only the 0xed.
            cpython.put("\\xed\\xa0\\x80", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
            cpython.put("\\xed\\xa0", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
            cpython.forEach((escaped, message) -> {
                for (int chunk = 1; chunk <= 6; chunk++) {
                    assertThat(decodeError(bytesOf(escaped), "\n", chunk)).as("reading b'%s' %d bytes at a time (CPython: b'%s'.decode())",
                            escaped, chunk, escaped).isEqualTo("UnicodeDecodeError: " + message);
                }
            });
        }

        @Test
        @DisplayName("raises b.decode()'s UnicodeDecodeError for 462 invalid UTF-8 files generated on CPython (every non-ASCII byte "
                + "alone, overlongs, surrogates, code points above U+10FFFF, characters cut at the end or in the middle after the lowest "
                + "or the highest bytes their lead allows), at every chunk size")
        void matchesCPythonsDecodeErrors() {
            // A reader that gets one rule wrong fails hundreds of these files; one case is one file, at its first bad chunk size.
            Mismatches mismatches = new Mismatches("invalid UTF-8 files where the reader's error differs from b.decode()'s "
                    + "(the rules: the lesson's 'How CPython words a UTF-8 error')");
            for (JsonObject golden : Golden.cases("generators", "decode_errors.json")) {
                checkDecodeError(mismatches, golden);
            }
            mismatches.assertNone();
        }

        private static void checkDecodeError(Mismatches mismatches, JsonObject golden) {
            String escaped = golden.get("bytes").getAsString();
            byte[] data = bytesOf(escaped);
            String expected = golden.get("error").getAsString() + ": " + golden.get("message").getAsString();
            for (int chunk : new int[] {1, 2, 3, 4, 5, 7, data.length}) {
                String actual = decodeError(data, golden.get("delimiter").getAsString(), chunk);
                if (!expected.equals(actual)) {
                    mismatches.disagreed(String.format("list(RecordReader(BytesIO(b'%s'), %s, chunk_size=%d))  # %s", escaped,
                            py.Repr.of(golden.get("delimiter").getAsString()), chunk, golden.get("kind").getAsString()), expected, actual);
                    return;
                }
            }
            mismatches.agreed();
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
        Mismatches mismatches = new Mismatches("records read from generated texts");
        for (JsonObject golden : Golden.cases("generators", "records.json")) {
            String text = golden.get("text").getAsString();
            String delimiter = golden.get("delimiter").getAsString();
            int chunk = golden.get("chunk").getAsInt();
            List<String> expected = new ArrayList<>();
            for (JsonElement record : golden.getAsJsonArray("records")) {
                expected.add(record.getAsString());
            }
            mismatches.check("list(RecordReader(BytesIO(" + quoted(text) + ".encode()), " + quoted(delimiter) + ", chunk_size=" + chunk + "))",
                    py.Repr.of(expected), py.Repr.of(read(text, delimiter, chunk)));
        }
        mismatches.assertNone();
    }

    private static String quoted(String text) {
        return py.Repr.of(text);
    }
}
