package sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The greeting server, over real loopback sockets")
@Tag("task-3")
class GreetingServerSpec {
    private Set<Thread> threadsBefore;
    private GreetingServer server;

    @BeforeEach
    void start() {
        threadsBefore = Wire.liveThreads();
        server = GreetingServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("answers 'Hello Sancho' to the name Sancho")
    void greets() throws IOException {
        try (Socket client = Wire.connect(server.port())) {
            client.getOutputStream().write(Wire.utf8("Sancho\n"));
            assertThat(Wire.readLine(client, "after sending 'Sancho\\n'")).as("the reply to 'Sancho\\n'").isEqualTo("Hello Sancho");
        }
    }

    @Test
    @DisplayName("answers a name sent in many small writes only once it is complete")
    void nameOverManyWrites() throws Exception {
        try (Socket client = Wire.connect(server.port())) {
            Wire.writeInPieces(client, Wire.utf8("Don Quixote de la Mancha\n"), 3);
            assertThat(Wire.readLine(client, "after the name in 3-byte writes")).as("the reply to a name sent 3 bytes per write")
                    .isEqualTo("Hello Don Quixote de la Mancha");
        }
    }

    @Test
    @DisplayName("answers a name longer than 1024 bytes in full")
    void longName() throws IOException {
        String name = "Rocinante".repeat(300);
        try (Socket client = Wire.connect(server.port())) {
            client.getOutputStream().write(Wire.utf8(name + "\n"));
            assertThat(Wire.readLine(client, "after a 2700-byte name")).as("the reply to a 2700-byte name")
                    .isEqualTo("Hello " + name);
        }
    }

    @Test
    @DisplayName("answers each of two names that arrive in one write")
    void twoNamesInOneWrite() throws IOException {
        try (Socket client = Wire.connect(server.port())) {
            client.getOutputStream().write(Wire.utf8("Sancho\nDulcinea\n"));
            assertThat(Wire.readLine(client, "first reply")).as("first reply to 'Sancho\\nDulcinea\\n'").isEqualTo("Hello Sancho");
            assertThat(Wire.readLine(client, "second reply")).as("second reply to 'Sancho\\nDulcinea\\n'").isEqualTo("Hello Dulcinea");
        }
    }

    @Test
    @DisplayName("answers a Chinese name whose character is split between two writes")
    void chineseSplitMidCharacter() throws Exception {
        byte[] data = Wire.utf8("桑丘\n");
        try (Socket client = Wire.connect(server.port())) {
            client.getOutputStream().write(Arrays.copyOf(data, 4));
            client.getOutputStream().flush();
            Thread.sleep(50);
            client.getOutputStream().write(Arrays.copyOfRange(data, 4, data.length));
            assertThat(Wire.readLine(client, "after '桑丘' split after byte 4")).as("the reply to '桑丘' split mid-character")
                    .isEqualTo("Hello 桑丘");
        }
    }

    @Test
    @DisplayName("serves the next client after the first one hangs up")
    void nextClient() throws IOException {
        try (Socket first = Wire.connect(server.port())) {
            first.getOutputStream().write(Wire.utf8("first\n"));
            assertThat(Wire.readLine(first, "first client")).as("reply to the first client").isEqualTo("Hello first");
        }
        try (Socket second = Wire.connect(server.port())) {
            second.getOutputStream().write(Wire.utf8("second\n"));
            assertThat(Wire.readLine(second, "second client")).as("reply to the second client, after the first closed")
                    .isEqualTo("Hello second");
        }
    }

    @Test
    @DisplayName("close() stops listening, hangs up on the client and ends its thread")
    void closeCleansUp() throws Exception {
        Socket client = Wire.connect(server.port());
        client.getOutputStream().write(Wire.utf8("bye\n"));
        Wire.readLine(client, "before close");
        int port = server.port();
        server.close();
        server = null;
        assertThat(Wire.closedByServer(client)).as("the connected client sees EOF after close()").isTrue();
        client.close();
        assertThat(Wire.newThreads(threadsBefore)).as("threads the server started that are still alive after close() returned")
                .isEmpty();
        assertThatThrownBy(() -> Wire.connect(port).close(), "connecting after close()").isInstanceOf(ConnectException.class);
    }
}
