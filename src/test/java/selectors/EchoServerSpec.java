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
        } catch (IOException reset) {
            read = -1;
        }
        assertThat(read).as("a client's read after close(): EOF, because close() closed its socket").isEqualTo(-1);
        client.close();
    }
}
