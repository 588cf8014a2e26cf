package asyncio;

import static asyncio.StreamScripts.withChunks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import py.StopAsyncIteration;

@DisplayName("Laws of the StreamReader, checked on random streams cut into random chunks")
@Tag("task-8")
@Timeout(20) // each law runs a loop and a coroutine thread per example: about a second, several on a busy machine
class StreamLawsSpec {
    private static final byte[] ALPHABET = "ab\n\r".getBytes(StandardCharsets.ISO_8859_1);

    /** A stream, how it is cut into chunks (sizes used in turn) and a list of integers for the reads. */
    record Case(byte[] data, List<Integer> cuts, List<Integer> reads) {
        List<byte[]> chunks() {
            List<byte[]> chunks = new ArrayList<>();
            for (int at = 0, i = 0; at < data.length; i++) {
                int size = Math.min(cuts.get(i % cuts.size()), data.length - at);
                chunks.add(Arrays.copyOfRange(data, at, at + size));
                at += size;
            }
            return chunks;
        }

        @Override
        public String toString() {
            return "chunks " + StreamScripts.describe(chunks()) + ", reads " + reads + " (0: readline(), n: read(n) or readexactly(n), -1: sleep 1.5 s while chunks still come)";
        }
    }

    static Gen<Case> cases(int minRead, int maxRead) {
        return cases(integers().between(minRead, maxRead), 80, 17);
    }

    /** Streams of up to {@code maxLength} bytes, cut into chunks of 1 to {@code maxChunk} bytes, read as {@code read} says. */
    static Gen<Case> cases(Gen<Integer> read, int maxLength, int maxChunk) {
        Gen<byte[]> data = lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, maxLength).map(indexes -> {
            byte[] bytes = new byte[indexes.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = ALPHABET[indexes.get(i)];
            }
            return bytes;
        });
        return data.zip(lists().of(integers().between(1, maxChunk)).ofSizeBetween(1, 8),
                lists().of(read).ofSizeBetween(1, 8).map(StreamLawsSpec::withARead), Case::new);
    }

    /** A list of reads that is all pauses would never reach the end of the stream: add a readline(). */
    static List<Integer> withARead(List<Integer> reads) {
        if (reads.stream().allMatch(n -> n < 0)) {
            List<Integer> fixed = new ArrayList<>(reads);
            fixed.add(0);
            return fixed;
        }
        return reads;
    }

    /** One call and what it returned: n == 0 stands for readline(), n > 0 for read(n). */
    record Piece(int n, String text) {
        @Override
        public String toString() {
            return (n == 0 ? "readline()" : "read(" + n + ")") + " -> " + py.Repr.of(text);
        }
    }

    /** The results that have the wrong shape for the call that returned them. */
    static List<Piece> misshapen(List<Piece> pieces) {
        List<Piece> wrong = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            boolean lastWithoutNewline = i == pieces.size() - 1 && !piece.text().endsWith("\n");
            boolean wellShaped = piece.n() == 0
                    ? piece.text().indexOf('\n') == (lastWithoutNewline ? -1 : piece.text().length() - 1)
                    : piece.text().length() <= piece.n();
            if (!wellShaped) {
                wrong.add(piece);
            }
        }
        return wrong;
    }

    @Test
    @DisplayName("readline() and read(n), mixed in any order with pauses, give back every byte once and in order, lines ending at newlines")
    void readsConcatenateToTheStream() {
        qt().withExamples(120).withShrinkCycles(200).forAll(cases(-1, 12)).checkAssert(StreamLawsSpec::readsConcatenate);
    }

    @Test
    @DisplayName("so do long streams whose chunks pile up unread while the reader pauses, however the buffer has to grow")
    void longStreamsConcatenateToo() {
        // One read in three is a pause, so that chunks of up to 500 bytes arrive while earlier ones are still unread.
        Gen<Integer> pauseOrRead = integers().between(0, 2).zip(integers().between(0, 700), (kind, n) -> kind == 0 ? -1 : n);
        qt().withExamples(60).withShrinkCycles(100).forAll(cases(pauseOrRead, 3000, 500)).checkAssert(StreamLawsSpec::readsConcatenate);
    }

    /** The reads are used in turn until a call returns b'', which only happens at EOF. */
    static void readsConcatenate(Case c) {
        StreamReader reader = new StreamReader();
        // A negative read sleeps 1.5 s instead, so that chunks pile up unread. Every non-empty result takes at least one byte.
        List<Piece> pieces = withChunks(reader, c.chunks(), () -> {
            List<Piece> out = new ArrayList<>();
            for (int i = 0; out.size() <= c.data().length && i <= (c.data().length + 1) * c.reads().size(); i++) {
                int n = c.reads().get(i % c.reads().size());
                if (n < 0) {
                    // Pause only while chunks are still coming: after that a pause changes nothing.
                    if (EventLoop.getRunningLoop().time() < c.chunks().size()) {
                        Asyncio.sleep(1.5);
                    }
                    continue;
                }
                byte[] piece = n == 0 ? reader.readline() : reader.read(n);
                if (piece.length == 0) {
                    return out;
                }
                out.add(new Piece(n, new String(piece, StandardCharsets.ISO_8859_1)));
            }
            return out;
        });
        StringBuilder joined = new StringBuilder();
        pieces.forEach(piece -> joined.append(piece.text()));
        assertThat(misshapen(pieces)).as("results of " + pieces + " over " + c + " that break a rule: a line ends at its first "
                + "newline (only the stream's last line may lack one), and read(n) returns at most n bytes").isEmpty();
        assertThat(joined.toString()).as("all results joined, of " + pieces + " over " + c)
                .isEqualTo(new String(c.data(), StandardCharsets.ISO_8859_1));
    }

    @Test
    @DisplayName("readexactly(n) returns the same bytes however the stream is chunked, and the rest as partial at EOF")
    void readexactlyIgnoresChunking() {
        qt().withExamples(120).withShrinkCycles(200).forAll(cases(1, 15)).checkAssert(c -> {
            StreamReader reader = new StreamReader();
            List<String> results = withChunks(reader, c.chunks(), () -> {
                List<String> out = new ArrayList<>();
                // Each successful call takes at least one byte, so the error must come within data.length + 1 calls.
                for (int i = 0; i <= c.data().length; i++) {
                    int n = c.reads().get(i % c.reads().size());
                    try {
                        out.add(new String(reader.readexactly(n), StandardCharsets.ISO_8859_1));
                    } catch (IncompleteReadError e) {
                        out.add("partial " + new String(e.partial(), StandardCharsets.ISO_8859_1));
                        return out;
                    }
                }
                out.add("no IncompleteReadError at EOF");
                return out;
            });
            List<String> model = new ArrayList<>();
            String text = new String(c.data(), StandardCharsets.ISO_8859_1);
            for (int at = 0, i = 0; ; i++) {
                int n = c.reads().get(i % c.reads().size());
                if (at + n > text.length()) {
                    model.add("partial " + text.substring(at));
                    break;
                }
                model.add(text.substring(at, at + n));
                at += n;
            }
            assertThat(results).as("readexactly(n) for n in " + c.reads() + " (in turn, until IncompleteReadError) over " + c).isEqualTo(model);
        });
    }

    @Test
    @DisplayName("async iteration yields exactly the stream's lines, each with its newline, and then stops")
    void iterationYieldsTheLines() {
        qt().withExamples(120).withShrinkCycles(200).forAll(cases(0, 0)).checkAssert(c -> {
            StreamReader reader = new StreamReader();
            List<String> lines = withChunks(reader, c.chunks(), () -> {
                List<String> out = new ArrayList<>();
                try {
                    while (out.size() <= c.data().length) {
                        out.add(new String(reader.anext(), StandardCharsets.ISO_8859_1));
                    }
                    out.add("no StopAsyncIteration at EOF");
                    return out;
                } catch (StopAsyncIteration end) {
                    return out;
                }
            });
            List<String> model = new ArrayList<>();
            String text = new String(c.data(), StandardCharsets.ISO_8859_1);
            for (int at = 0; at < text.length(); ) {
                int newline = text.indexOf('\n', at);
                int end = newline < 0 ? text.length() : newline + 1;
                model.add(text.substring(at, end));
                at = end;
            }
            assertThat(lines).as("async for line in reader, over " + c).isEqualTo(model);
        });
    }
}
