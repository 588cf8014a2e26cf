package harness.engine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes over {@code System.out} and {@code System.err} inside a kata's JVM: what the code under test
 * prints is kept per spec (and shown to the learner with a failure) instead of reaching the stream
 * the verdict travels on.
 */
final class OutputCapture {
    static final int MAX_BYTES = 4096;

    private final Buffer buffer = new Buffer();

    /** Installs the capture; returns the real stdout, for the channel. */
    PrintStream install() {
        PrintStream real = System.out;
        PrintStream captured = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        return real;
    }

    /** What was printed since the last call, at most {@link #MAX_BYTES}. */
    String take() {
        return buffer.take();
    }

    private static final class Buffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int dropped;

        @Override
        public synchronized void write(int b) {
            if (bytes.size() < MAX_BYTES) {
                bytes.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public synchronized void write(byte[] data, int offset, int length) {
            int room = Math.max(0, MAX_BYTES - bytes.size());
            bytes.write(data, offset, Math.min(room, length));
            dropped += Math.max(0, length - room);
        }

        synchronized String take() {
            String text = bytes.toString(StandardCharsets.UTF_8) + (dropped > 0 ? "\n… (" + dropped + " more bytes)" : "");
            bytes.reset();
            dropped = 0;
            return text;
        }
    }
}
