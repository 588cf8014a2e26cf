package sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The multi-client chat server")
@Tag("task-4")
class ChatServerSpec {
    private Set<Thread> threadsBefore;
    private ChatServer server;

    @BeforeEach
    void start() {
        threadsBefore = Wire.liveThreads();
        server = ChatServer.start(message -> "echo: " + message.toUpperCase());
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("answers every message with the reply function, in order")
    void replies() throws IOException {
        try (Socket client = Wire.connect(server.port())) {
            client.getOutputStream().write(Wire.utf8("hi\n你好\n"));
            assertThat(List.of(Wire.readLine(client, "1st"), Wire.readLine(client, "2nd")))
                    .as("replies to 'hi' and '你好'").containsExactly("echo: HI", "echo: 你好");
        }
    }

    @Nested
    @DisplayName("a client that logs out")
    class Logout {
        @Test
        @DisplayName("gets 'bye' and then EOF on its own connection")
        void byeThenEof() throws IOException {
            try (Socket client = Wire.connect(server.port())) {
                client.getOutputStream().write(Wire.utf8("logout\n"));
                assertThat(Wire.readLine(client, "after logout")).as("the reply to logout").isEqualTo("bye");
                assertThat(Wire.closedByServer(client)).as("the server closes that client's socket after 'bye'").isTrue();
            }
        }

        @Test
        @DisplayName("ends only its own session: the listener and the other clients carry on (the notes close the listener)")
        void othersCarryOn() throws IOException {
            try (Socket stayer = Wire.connect(server.port()); Socket leaver = Wire.connect(server.port())) {
                leaver.getOutputStream().write(Wire.utf8("logout\n"));
                assertThat(Wire.readLine(leaver, "logout")).as("reply to logout").isEqualTo("bye");
                stayer.getOutputStream().write(Wire.utf8("still here\n"));
                assertThat(Wire.readLine(stayer, "the other client, after someone logged out"))
                        .as("a client that did not log out keeps being served").isEqualTo("echo: STILL HERE");
                Socket connected;
                try {
                    connected = Wire.connect(server.port());
                } catch (ConnectException e) {
                    throw new AssertionError("a new client was refused after another client logged out: logout must close "
                            + "that client's socket, not the listening socket (the notes' server.close())", e);
                }
                try (Socket newcomer = connected) {
                    newcomer.getOutputStream().write(Wire.utf8("new\n"));
                    assertThat(Wire.readLine(newcomer, "a new client after a logout"))
                            .as("the server still accepts new clients after a logout").isEqualTo("echo: NEW");
                }
            }
        }
    }

    @Test
    @DisplayName("ends the session when the client hangs up, without spinning on EOF")
    void peerCloseEndsSession() throws Exception {
        Socket client = Wire.connect(server.port());
        client.getOutputStream().write(Wire.utf8("one\n"));
        Wire.readLine(client, "before hanging up");
        assertThat(server.activeSessions()).as("sessions while one client is connected").isEqualTo(1);
        client.close();
        for (int polls = 0; polls < 300 && server.activeSessions() > 0; polls++) {
            Thread.sleep(10);
        }
        assertThat(server.activeSessions())
                .as("sessions after the only client hung up: read() returned EOF (-1, Python's b''), which must end the handler")
                .isZero();
        long cpu = serverThreadsCpu();
        Thread.sleep(200);
        long later = serverThreadsCpu();
        assertThat((later - cpu) / 1_000_000).as("CPU ms the server's threads burnt in 200 ms with no clients (a handler looping on EOF burns it all)")
                .isLessThan(50);
    }

    /** CPU nanoseconds used so far by the threads the server started (not JUnit's). */
    private long serverThreadsCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !threadsBefore.contains(t) && t.isAlive() && !t.getName().startsWith("junit-"))
                .mapToLong(t -> threads.getThreadCpuTime(t.getId())).filter(t -> t > 0).sum();
    }

    @Test
    @DisplayName("serves 50 clients at once, each getting its own replies")
    void fiftyClients() throws IOException {
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                clients.add(Wire.connect(server.port()));
            }
            for (int round = 0; round < 3; round++) {
                // every client speaks before any reply is read: only a server with a thread per client keeps up
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).getOutputStream().write(Wire.utf8("client " + i + " round " + round + "\n"));
                }
                for (int i = clients.size() - 1; i >= 0; i--) {
                    assertThat(Wire.readLine(clients.get(i), "client " + i + " round " + round))
                            .as("reply to client %d in round %d", i, round).isEqualTo("echo: CLIENT " + i + " ROUND " + round);
                }
            }
            assertThat(server.activeSessions()).as("sessions with 50 clients connected").isEqualTo(50);
        } finally {
            for (Socket client : clients) {
                client.close();
            }
        }
    }

    @Test
    @DisplayName("close() waits for a session that is busy computing a reply")
    void closeJoinsBusySession() throws Exception {
        server.close();
        CountDownLatch replying = new CountDownLatch(1);
        server = ChatServer.start(message -> {
            replying.countDown();
            // A slow reply that ignores interrupts: parkNanos returns early on one, and the loop parks again.
            for (int naps = 0; naps < 30; naps++) {
                LockSupport.parkNanos(10_000_000L);
            }
            return "done";
        });
        try (Socket client = Wire.connect(server.port())) {
            client.getOutputStream().write(Wire.utf8("slow\n"));
            assertThat(replying.await(5, TimeUnit.SECONDS)).as("the server started replying to 'slow'").isTrue();
            server.close();
            server = null;
            assertThat(Wire.newThreads(threadsBefore))
                    .as("server threads alive right after close() returned, while one was still computing a reply: close() must join them")
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("close() hangs up on every client, stops listening and ends every thread it started")
    void closeCleansUp() throws Exception {
        List<Socket> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Socket client = Wire.connect(server.port());
            client.getOutputStream().write(Wire.utf8("hello\n"));
            Wire.readLine(client, "client " + i);
            clients.add(client);
        }
        int port = server.port();
        server.close();
        server = null;
        assertThat(Wire.newThreads(threadsBefore)).as("server threads still alive after close() returned").isEmpty();
        for (Socket client : clients) {
            assertThat(Wire.closedByServer(client)).as("every client sees its connection closed by close()").isTrue();
            client.close();
        }
        assertThatThrownBy(() -> Wire.connect(port).close(), "connecting after close()").isInstanceOf(ConnectException.class);
    }
}
