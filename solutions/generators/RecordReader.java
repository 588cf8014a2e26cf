package generators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import py.StopIteration;
import py.UnicodeDecodeError;
import py.ValueError;

/**
 * The notes' {@code my_read_lines}, fixed: UTF-8 records separated by any delimiter, read
 * {@code chunkSize} bytes at a time, so a one-line file of any size needs only a chunk's memory.
 */
public final class RecordReader implements PyIterator {
    private final InputStream in;
    private final String delimiter;
    private final int chunkSize;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes;
    private final CharBuffer chars;
    private final StringBuilder buffer = new StringBuilder();
    private int start;
    private int scanned;
    private boolean endOfInput;
    private boolean finished;
    private long bytesRead;
    private int peakBuffered;

    /** A reader over {@code in}; an empty delimiter is refused like {@code str.split("")}. */
    public RecordReader(InputStream in, String delimiter, int chunkSize) {
        if (delimiter.isEmpty()) {
            throw new ValueError("empty separator");
        }
        if (chunkSize <= 0) {
            throw new ValueError("chunk size must be positive");
        }
        this.in = in;
        this.delimiter = delimiter;
        this.chunkSize = chunkSize;
        // Room for a chunk plus the up to 3 bytes of a character cut in half by the previous chunk.
        this.bytes = ByteBuffer.allocate(chunkSize + 3);
        this.chars = CharBuffer.allocate(chunkSize + 3);
    }

    @Override
    public Object __iter__() {
        return this;
    }

    /** The next record; after the last delimiter comes one final record (empty if the text ends with one). */
    @Override
    public Object __next__() {
        while (true) {
            int at = buffer.indexOf(delimiter, Math.max(start, scanned));
            if (at >= 0) {
                String record = buffer.substring(start, at);
                start = at + delimiter.length();
                scanned = start;
                return record;
            }
            // Next time, search only where a delimiter could still begin.
            scanned = Math.max(start, buffer.length() - delimiter.length() + 1);
            if (endOfInput) {
                return lastRecord();
            }
            readChunk();
        }
    }

    /** The most characters the reader ever held at once: a bound on its memory. */
    public int peakBufferedChars() {
        return peakBuffered;
    }

    private Object lastRecord() {
        if (finished) {
            throw new StopIteration();
        }
        finished = true;
        String record = buffer.substring(start);
        buffer.setLength(0);
        start = 0;
        scanned = 0;
        return record;
    }

    private void readChunk() {
        // Drop the records already handed out, so the buffer holds one partial record plus one chunk.
        buffer.delete(0, start);
        scanned -= start;
        start = 0;
        int n;
        try {
            n = in.read(bytes.array(), bytes.position(), chunkSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endOfInput = n < 0;
        if (n > 0) {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        decode();
        peakBuffered = Math.max(peakBuffered, buffer.length());
    }

    private void decode() {
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            throw decodeError();
        }
        if (endOfInput) {
            decoder.flush(chars);
        }
        // A bulk copy of the decoded characters; appending the CharBuffer itself goes char by char.
        buffer.append(chars.array(), 0, chars.position());
        chars.clear();
        // Keep the bytes of a character that is not complete yet for the next chunk.
        bytes.compact();
    }

    /**
     * CPython's UnicodeDecodeError for the bad sequence at the buffer's position. Java finds the same first bad
     * byte but may blame a different number of bytes (all 3 of the surrogate {@code b'\xed\xa0\x80'}, where
     * CPython blames only 0xed), so only the start comes from Java; the verdict follows CPython's rules.
     */
    private UnicodeDecodeError decodeError() {
        int start = bytes.position();
        // The buffer may still hold bytes of the previous chunk: position 0 of the buffer is this far into the file.
        long position = bytesRead - bytes.limit() + start;
        int lead = bytes.get(start) & 0xff;
        if (lead < 0xc2 || lead > 0xf4) {
            return decodeError(position, 1, lead, "invalid start byte");
        }
        int length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        for (int next = 1; next < length; next++) {
            if (start + next == bytes.limit()) {
                // Java waits for the next chunk before it gives up on a cut character, so this is the end of the file.
                return decodeError(position, next, lead, "unexpected end of data");
            }
            if (!continues(lead, next, bytes.get(start + next) & 0xff)) {
                // CPython blames the bytes before the one that cannot continue the character.
                return decodeError(position, next, lead, "invalid continuation byte");
            }
        }
        throw new IllegalStateException("Java called a well-formed UTF-8 sequence malformed at byte " + position);
    }

    /** Can {@code value} be byte number {@code index} of a character that starts with {@code lead}? */
    private static boolean continues(int lead, int index, int value) {
        if (index > 1) {
            return value >= 0x80 && value <= 0xbf;
        }
        // The second byte's range rules out overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
        return switch (lead) {
            case 0xe0 -> value >= 0xa0 && value <= 0xbf;
            case 0xed -> value >= 0x80 && value <= 0x9f;
            case 0xf0 -> value >= 0x90 && value <= 0xbf;
            case 0xf4 -> value >= 0x80 && value <= 0x8f;
            default -> value >= 0x80 && value <= 0xbf;
        };
    }

    private static UnicodeDecodeError decodeError(long position, int length, int lead, String reason) {
        String where = length == 1 ? String.format("byte 0x%02x in position %d", lead, position)
                : String.format("bytes in position %d-%d", position, position + length - 1);
        return new UnicodeDecodeError("'utf-8' codec can't decode " + where + ": " + reason);
    }
}
