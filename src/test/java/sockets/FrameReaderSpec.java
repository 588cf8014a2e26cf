package sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.EOFError;
import py.ValueError;

@DisplayName("Newline framing over a byte stream")
@Tag("task-2")
class FrameReaderSpec {

    @Nested
    @DisplayName("Frames.encode")
    class Encode {
        @Test
        @DisplayName("is the UTF-8 bytes plus one newline")
        void encodes() {
            assertThat(Frames.encode("你好")).as("Frames.encode(\"你好\")")
                    .isEqualTo(new byte[] {(byte) 0xE4, (byte) 0xBD, (byte) 0xA0, (byte) 0xE5, (byte) 0xA5, (byte) 0xBD, '\n'});
        }

        @Test
        @DisplayName("refuses a message with a newline inside, which would end the frame early")
        void refusesNewline() {
            assertThatThrownBy(() -> Frames.encode("two\nlines"), "encode('two\\nlines'): ValueError, a newline would end the frame early")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("a message cannot contain a newline: it would end the frame early");
            assertThatThrownBy(() -> Frames.encode("\nleading"), "a newline as the very first character")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("a message cannot contain a newline: it would end the frame early");
        }
    }

    @Nested
    @DisplayName("FrameReader.next")
    class Next {
        @Test
        @DisplayName("joins a name that arrives one byte per read")
        void oneBytePerRead() throws IOException {
            assertThat(readAll(split(Wire.utf8("Sancho\n"), 1))).as("messages from 'Sancho\\n' read one byte at a time")
                    .containsExactly("Sancho");
        }

        @Test
        @DisplayName("splits two messages that arrive in one read (the notes would answer 'Hello SanchoSancho')")
        void twoInOneRead() throws IOException {
            assertThat(readAll(List.of(Wire.utf8("Sancho\nPanza\n")))).as("messages from one read of 'Sancho\\nPanza\\n'")
                    .containsExactly("Sancho", "Panza");
        }

        @Test
        @DisplayName("keeps a name longer than 1024 bytes whole (recv(1024) would cut it)")
        void longName() throws IOException {
            String name = "龙".repeat(1500) + "x".repeat(700);
            assertThat(readAll(split(Wire.utf8(name + "\nnext\n"), 1000)))
                    .as("a %d-byte name read 1000 bytes at a time", Wire.utf8(name).length)
                    .containsExactly(name, "next");
        }

        @Test
        @DisplayName("puts a Chinese character split between two reads back together")
        void characterSplitAcrossReads() throws IOException {
            byte[] data = Wire.utf8("你好\n");
            List<byte[]> reads = List.of(Arrays.copyOf(data, 4), Arrays.copyOfRange(data, 4, data.length));
            assertThat(readAll(reads)).as("'你好\\n' arriving as 4 bytes then 3 bytes").containsExactly("你好");
        }

        @Test
        @DisplayName("returns null at a clean end of stream, and again after it")
        void cleanEnd() throws IOException {
            FrameReader reader = new FrameReader(Wire.pieces(List.of(Wire.utf8("a\n"))));
            assertThat(reader.next()).as("first next()").isEqualTo("a");
            assertThat(reader.next()).as("next() at end of stream").isNull();
            assertThat(reader.next()).as("next() again at end of stream").isNull();
        }

        @Test
        @DisplayName("keeps an empty message (a bare newline) as \"\"")
        void emptyMessage() throws IOException {
            assertThat(readAll(List.of(Wire.utf8("\n\nx\n")))).as("messages from '\\n\\nx\\n'").containsExactly("", "", "x");
        }

        @Test
        @DisplayName("raises EOFError when the stream ends inside a message")
        void endInsideMessage() throws IOException {
            FrameReader reader = new FrameReader(Wire.pieces(List.of(Wire.utf8("done\nhalf"))));
            assertThat(reader.next()).as("the complete first message").isEqualTo("done");
            assertThatThrownBy(reader::next, "reader.next() when the stream ends after b'half' with no newline: EOFError")
                    .isInstanceOf(EOFError.class)
                    .hasMessage("the connection closed in the middle of a message (4 bytes without a newline)");
        }
    }

    @Test
    @DisplayName("framingSurvivesAnySplit: whatever sizes the reads have, the same messages come out")
    void framingSurvivesAnySplit() {
        qt().withShrinkCycles(200).forAll(lists().of(strings().betweenCodePoints(0x20, 0x4E2D).ofLengthBetween(0, 40)).ofSizeBetween(0, 8),
                        lists().of(integers().between(1, 50)).ofSizeBetween(1, 20))
                .checkAssert((messages, sizes) -> {
                    ByteArrayOutputStream wire = new ByteArrayOutputStream();
                    messages.forEach(m -> wire.writeBytes(Frames.encode(m)));
                    List<byte[]> reads = splitBySizes(wire.toByteArray(), sizes);
                    try {
                        assertThat(readAll(reads)).as("messages %s read in pieces of sizes %s", messages, sizes)
                                .isEqualTo(messages);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    static List<String> readAll(List<byte[]> reads) throws IOException {
        FrameReader reader = new FrameReader(Wire.pieces(reads));
        List<String> messages = new ArrayList<>();
        for (String message = reader.next(); message != null; message = reader.next()) {
            messages.add(message);
        }
        return messages;
    }

    static List<byte[]> split(byte[] data, int size) {
        List<byte[]> pieces = new ArrayList<>();
        for (int at = 0; at < data.length; at += size) {
            pieces.add(Arrays.copyOfRange(data, at, Math.min(data.length, at + size)));
        }
        return pieces;
    }

    static List<byte[]> splitBySizes(byte[] data, List<Integer> sizes) {
        List<byte[]> pieces = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < data.length; i++) {
            int size = sizes.get(i % sizes.size());
            pieces.add(Arrays.copyOfRange(data, at, Math.min(data.length, at + size)));
            at += size;
        }
        return pieces;
    }
}
