package sockets;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Spec-side helpers: raw clients that do their own framing, so that no spec trusts the code under test. */
final class Wire {
    private Wire() {
    }

    /** A blocking loopback client with a read timeout, so a missing reply fails instead of hanging. */
    static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5_000);
        socket.setTcpNoDelay(true);
        return socket;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads one '\n'-terminated reply and returns it without the newline. */
    static String readLine(Socket socket, String what) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    fail("%s: the server closed the connection after %s instead of a whole reply line", what,
                            line.size() == 0 ? "nothing" : "'" + line.toString(StandardCharsets.UTF_8) + "'");
                }
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            fail("%s: no reply line within 5 s (got '%s' so far): is the server stuck on another client, or waiting for more bytes?",
                    what, line.toString(StandardCharsets.UTF_8));
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** True if the server has closed this connection (read returns EOF or a reset). */
    static boolean closedByServer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Writes the bytes in pieces, pausing between them so the receiver sees separate reads. */
    static void writeInPieces(Socket socket, byte[] data, int pieceSize) throws IOException, InterruptedException {
        for (int at = 0; at < data.length; at += pieceSize) {
            socket.getOutputStream().write(data, at, Math.min(pieceSize, data.length - at));
            socket.getOutputStream().flush();
            Thread.sleep(2);
        }
    }

    static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    /** Threads alive now that were not alive in {@code before}. */
    static List<String> newThreads(Set<Thread> before) {
        // JUnit runs each test (and each @BeforeEach) on a fresh timeout thread: those are not the server's
        return liveThreads().stream().filter(t -> !before.contains(t) && !t.getName().startsWith("junit-"))
                .map(Thread::getName).sorted().toList();
    }

    /** An InputStream whose read() calls return exactly the given pieces, one per call, like a socket might. */
    static InputStream pieces(List<byte[]> pieces) {
        Deque<byte[]> queue = new ArrayDeque<>(pieces);
        return new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                while (!queue.isEmpty() && queue.peek().length == 0) {
                    queue.poll();
                }
                if (queue.isEmpty()) {
                    return -1;
                }
                byte[] head = queue.poll();
                int n = Math.min(length, head.length);
                System.arraycopy(head, 0, into, offset, n);
                if (n < head.length) {
                    queue.push(java.util.Arrays.copyOfRange(head, n, head.length));
                }
                return n;
            }
        };
    }
}
