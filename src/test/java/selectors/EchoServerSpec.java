package selectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("An echo server on one selector thread")
@Tag("task-3")
class EchoServerSpec {
    private Set<Thread> threadsBefore;
    private SelectorEchoServer server;

    @BeforeEach
    void start() {
        threadsBefore = Loopback.liveThreads();
        server = SelectorEchoServer.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static byte[] readExactly(Socket socket, int length, String who) throws IOException {
        byte[] data = new byte[length];
        InputStream in = socket.getInputStream();
        int at = 0;
        try {
            while (at < length) {
                int n = in.read(data, at, length - at);
                if (n < 0) {
                    fail("%s: the server closed the connection after echoing %d of %d bytes", who, at, length);
                }
                at += n;
            }
        } catch (SocketTimeoutException e) {
            fail("%s: only %d of %d bytes echoed within 5 s: is the loop stuck on another client?", who, at, length);
        }
        return data;
    }

    @Test
    @DisplayName("echoes what a client sends")
    void echoes() throws IOException {
        try (Socket client = connect()) {
            client.getOutputStream().write("hello, 你好".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(new String(readExactly(client, 13, "client"), java.nio.charset.StandardCharsets.UTF_8))
                    .as("echo of 'hello, 你好'").isEqualTo("hello, 你好");
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("serves 500 clients connected at once, each getting exactly its own bytes back")
    void fiveHundredClients() throws IOException {
        Random random = new Random(500);
        List<Socket> clients = new ArrayList<>();
        List<byte[]> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 500; i++) {
                clients.add(connect());
            }
            for (Socket client : clients) {
                byte[] data = new byte[1 + random.nextInt(2000)];
                random.nextBytes(data);
                sent.add(data);
                client.getOutputStream().write(data);
            }
            for (int i = clients.size() - 1; i >= 0; i--) {
                assertThat(readExactly(clients.get(i), sent.get(i).length, "client " + i))
                        .as("echo received by client %d of 500", i).isEqualTo(sent.get(i));
            }
        } finally {
            for (Socket client : clients) {
                client.close();
            }
        }
        assertThat(Loopback.newThreads(threadsBefore)).as("threads serving 500 clients: one selector thread").hasSize(1);
    }

    @Test
    @DisplayName("keeps serving others while a slow reader's 8 MB echo waits in a buffer (OP_WRITE, not a blocked loop)")
    void slowReader() throws Exception {
        byte[] big = new byte[8 << 20];
        new Random(8).nextBytes(big);
        try (Socket slow = connect(); Socket quick = connect()) {
            AtomicReference<Exception> writeFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    slow.getOutputStream().write(big); // blocks while the server holds back, which is fine
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, "spec-slow-writer");
            writer.start();
            Thread.sleep(300); // let the slow client's echo pile up: it reads nothing yet
            quick.getOutputStream().write("ping".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(new String(readExactly(quick, 4, "the quick client while another client is not reading"),
                    java.nio.charset.StandardCharsets.US_ASCII)).as("echo to the quick client").isEqualTo("ping");
            assertThat(readExactly(slow, big.length, "the slow client, reading at last"))
                    .as("the slow client's 8 MB, echoed whole and in order once it reads").isEqualTo(big);
            writer.join(5_000);
            assertThat(writeFailure.get()).as("the slow client's write").isNull();
        }
    }

    @Test
    @DisplayName("echoes the rest and hangs up when a client shuts down its sending side, as on recv() == b''")
    void hangsUpAfterEndOfInput() throws IOException {
        try (Socket client = connect()) {
            client.getOutputStream().write("bye".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            client.shutdownOutput();
            assertThat(readExactly(client, 3, "client")).as("echo of 'bye' sent just before shutdown(SHUT_WR)")
                    .isEqualTo("bye".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            int next;
            try {
                next = client.getInputStream().read();
            } catch (SocketTimeoutException stillOpen) {
                next = -2;
            }
            assertThat(next).as("the client's next read: -1 is EOF (the server closed), -2 a 5 s wait for nothing").isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("keeps a conversation going: each message on one connection is echoed, and the connection stays open")
    void conversation() throws IOException {
        try (Socket client = connect()) {
            for (String message : List.of("one", "two", "three")) {
                byte[] bytes = message.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                client.getOutputStream().write(bytes);
                assertThat(readExactly(client, bytes.length, "client after sending '" + message + "'"))
                        .as("echo of '%s' on the same connection", message).isEqualTo(bytes);
            }
        }
    }

    @Test
    @Timeout(20)
    @DisplayName("stops reading from a client that does not read its echo: that client's writes stall after a bounded amount")
    @SuppressWarnings("try") // a resource closed early on purpose, or held open without being read
    void backpressure() throws Exception {
        int total = 48 << 20;
        try (Socket hog = connect()) {
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    for (long at = 0; at < total; at += chunk.length) {
                        hog.getOutputStream().write(chunk);
                        written.addAndGet(chunk.length);
                    }
                } catch (IOException closedAtTheEnd) {
                    // the spec closes the socket under a blocked write
                }
            }, "spec-hog-writer");
            writer.setDaemon(true);
            writer.start();
            long last = -1;
            for (int unchanged = 0, samples = 0; unchanged < 3 && samples < 100 && writer.isAlive(); samples++) {
                Thread.sleep(100);
                long now = written.get();
                unchanged = now == last ? unchanged + 1 : 0;
                last = now;
            }
            assertThat(written.get()).as("bytes a client wrote without reading any echo: the server must stop reading it "
                    + "(its echo waits in memory) instead of taking all %d", total).isLessThan(total);
            hog.close();
            writer.join(5_000);
        }
    }

    @Test
    @DisplayName("drops a client that resets its connection, and keeps serving the others")
    void resetClients() throws Exception {
        try (Socket survivor = connect()) {
            survivor.getOutputStream().write(1);
            readExactly(survivor, 1, "the surviving client, before the others reset");
            long before = Loopback.openFileDescriptors();
            for (int i = 0; i < 20; i++) {
                Socket rude = connect();
                rude.getOutputStream().write(2);
                readExactly(rude, 1, "client " + i + " before it resets");
                rude.setSoLinger(true, 0); // close() now sends RST: the server's next read fails with an IOException
                rude.close();
            }
            long after = Loopback.openFileDescriptors();
            for (int attempt = 0; attempt < 100 && after - before >= 5; attempt++) {
                Thread.sleep(20); // give the loop a moment to notice the resets
                after = Loopback.openFileDescriptors();
            }
            assertThat(after - before).as("file descriptors still open after 20 clients reset their connections "
                    + "(before: %d, after: %d): close the channel whose read failed", before, after).isLessThan(5);
            survivor.getOutputStream().write(3);
            assertThat(readExactly(survivor, 1, "the surviving client")).as("echo to a client that stayed").isEqualTo(new byte[] {3});
        }
    }

    @Test
    @DisplayName("close() releases the listener, the clients and the selector: 20 servers leave no file descriptors behind")
    void closeReleasesEverything() throws Exception {
        server.close();
        server = null;
        long before = Loopback.openFileDescriptors();
        for (int i = 0; i < 20; i++) {
            SelectorEchoServer another = SelectorEchoServer.start();
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), another.port())) {
                client.getOutputStream().write(7);
                client.getInputStream().read();
                another.close();
            }
        }
        long after = Loopback.openFileDescriptors();
        assertThat(after - before).as("file descriptors after 20 servers each served a client and were closed "
                + "(before: %d, after: %d)", before, after).isLessThan(15);
    }

    @Test
    @DisplayName("runs on exactly one thread, and close() ends it and hangs up on clients")
    void oneThreadAndClose() throws Exception {
        Socket client = connect();
        client.getOutputStream().write(new byte[] {42});
        assertThat(readExactly(client, 1, "client")).as("echo of one byte").isEqualTo(new byte[] {42});
        assertThat(Loopback.newThreads(threadsBefore)).as("threads the server started").hasSize(1);
        server.close();
        server = null;
        assertThat(Loopback.newThreads(threadsBefore)).as("server threads alive after close() returned").isEmpty();
        int read;
        try {
            read = client.getInputStream().read();
        } catch (SocketTimeoutException stillOpen) {
            read = -2; // nobody hung up: the server left this client's socket open
        } catch (IOException reset) {
            read = -1;
        }
        assertThat(read).as("a client's read after close(): EOF, because close() closed its socket").isEqualTo(-1);
        client.close();
    }
}
