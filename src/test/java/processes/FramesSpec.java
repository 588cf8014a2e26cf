package processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.EOFError;
import support.Golden;

@DisplayName("Frames, the framing of multiprocessing.connection")
@Tag("task-1")
class FramesSpec {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    @DisplayName("writes exactly the bytes CPython's Connection.send_bytes writes (400 recorded cases)")
    void matchesCpythonOnTheWire() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("processes", "frames.json")) {
            List<byte[]> payloads = payloadsOf(golden);
            byte[] wire = framed(payloads);
            List<String> headers = new ArrayList<>();
            int offset = 0;
            for (byte[] payload : payloads) {
                headers.add(HEX.formatHex(wire, offset, Math.min(wire.length, offset + 4)));
                offset += 4 + payload.length;
            }
            String expectedHeaders = golden.get("headers").toString();
            String actualHeaders = headers.stream().map(h -> "\"" + h + "\"").toList().toString().replace(" ", "");
            boolean same = wire.length == golden.get("wire_length").getAsInt() && expectedHeaders.equals(actualHeaders)
                    && (golden.get("wire").isJsonNull() || golden.get("wire").getAsString().equals(HEX.formatHex(wire)));
            if (!same && mismatches.size() < 3) {
                mismatches.add("payload sizes " + golden.get("sizes") + ": CPython headers " + expectedHeaders
                        + " (" + golden.get("wire_length") + " bytes), yours " + actualHeaders + " (" + wire.length + " bytes)");
            }
        }
        assertThat(mismatches).as("frames that differ from multiprocessing.connection (a 4-byte big-endian length, then the bytes)").isEmpty();
    }

    @Test
    @DisplayName("property: reading back what was written gives the same messages, then a clean end (framesRoundTrip)")
    void framesRoundTrip() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 2_000)).ofSizeBetween(0, 6), integers().between(1, 7))
                .checkAssert((sizes, chunk) -> {
                    Random random = new Random(sizes.hashCode());
                    List<byte[]> payloads = new ArrayList<>();
                    for (int size : sizes) {
                        byte[] payload = new byte[size];
                        random.nextBytes(payload);
                        payloads.add(payload);
                    }
                    // The reader gets at most `chunk` bytes per read(), as from a real pipe or socket.
                    InputStream trickle = new Trickle(framed(payloads), chunk);
                    for (int i = 0; i < payloads.size(); i++) {
                        assertThat(read(trickle)).as("message %d of sizes %s, read %d bytes at a time", i, sizes, chunk)
                                .isEqualTo(payloads.get(i));
                    }
                    assertThat(read(trickle)).as("read() at the clean end of the stream returns null").isNull();
                });
    }

    @Test
    @DisplayName("uses every byte of the 4-byte big-endian length: frames of 70,000 bytes and of 16 MiB + 1 round-trip")
    void largeFrames() throws IOException {
        for (int size : new int[] {70_000, (1 << 24) + 1}) {
            byte[] payload = new byte[size];
            new Random(size).nextBytes(payload);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Frames.write(out, payload);
            byte[] wire = out.toByteArray();
            assertThat(HEX.formatHex(wire, 0, 4)).as("the header of a %d-byte frame, as struct.pack('!i', %d) gives it", size, size)
                    .isEqualTo(size == 70_000 ? "00011170" : "01000001");
            assertThat(Frames.read(new ByteArrayInputStream(wire))).as("reading back a %d-byte frame", size).isEqualTo(payload);
        }
    }

    @Test
    @DisplayName("raises EOFError when the stream ends inside a frame")
    void truncatedFrame() {
        byte[] wire = framed(List.of(new byte[] {1, 2, 3, 4, 5}));
        for (int cut = 1; cut < wire.length; cut++) {
            byte[] partial = java.util.Arrays.copyOf(wire, cut);
            int at = cut;
            assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(partial)),
                    "a 5-byte frame cut after %d of its %d bytes", at, wire.length)
                    .isInstanceOf(EOFError.class);
        }
    }

    @Test
    @DisplayName("flushes each frame so that the peer can read it at once")
    void flushes() throws IOException {
        List<String> events = new ArrayList<>();
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                events.add("flush after " + size() + " bytes");
            }
        };
        Frames.write(new java.io.BufferedOutputStream(sink, 8192), new byte[] {7, 7});
        assertThat(events).as("write() through a buffered stream must end with a flush of the whole frame")
                .isNotEmpty().last().isEqualTo("flush after 6 bytes");
    }

    static List<byte[]> payloadsOf(JsonObject golden) {
        List<byte[]> payloads = new ArrayList<>();
        if (!golden.get("payloads").isJsonNull()) {
            for (JsonElement hex : golden.getAsJsonArray("payloads")) {
                payloads.add(HEX.parseHex(hex.getAsString()));
            }
        } else {
            for (JsonElement size : golden.getAsJsonArray("sizes")) {
                payloads.add(new byte[size.getAsInt()]);
            }
        }
        return payloads;
    }

    static byte[] framed(List<byte[]> payloads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (byte[] payload : payloads) {
                Frames.write(out, payload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] read(InputStream in) {
        try {
            return Frames.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream that hands out at most a few bytes per read(), like a busy pipe. */
    static final class Trickle extends ByteArrayInputStream {
        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            super(bytes);
            this.chunk = chunk;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            return super.read(buffer, offset, Math.min(length, chunk));
        }
    }
}
