package asyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The fixture of the specs that talk to real sockets: a loop on the real clock and the loopback peers a spec
 * opens, all closed after each spec, the loop first so that its sockets go before the peers they talk to.
 */
abstract class OnRealLoop {
    /** How long a spec waits for a loopback peer to see something: only a hang takes this long. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    final EventLoop loop = new EventLoop(false);
    private final List<AutoCloseable> peers = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        loop.close();
        for (AutoCloseable peer : peers) {
            peer.close();
        }
    }

    /** Keeps a peer to be closed after the spec, and hands it back. */
    <T extends AutoCloseable> T keep(T peer) {
        peers.add(peer);
        return peer;
    }
}
