package asyncio;

import static asyncio.Coroutine.await;
import static asyncio.StreamFetch.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import support.HttpReply;
import support.LoopbackHttpServer;

@DisplayName("StreamWriter.drain() and the write buffer")
@Tag("task-9")
class DrainSpec extends OnRealLoop {
    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = 16 * 1024;
    static final int CHUNK = 64 * 1024;
    /** Far more than loopback's kernel buffers hold (about 4 MB on Linux), so the transport's own buffer must fill. */
    static final int UPLOAD = 32 * 1024 * 1024;
    static final int BIG_WRITE = 8 * 1024 * 1024;
    static final Duration SERVER_NAP = Duration.ofMillis(400);
    /** CPU a parked thread cannot spend in a drain() that waits out the server's nap; a polling one spends far more. */
    static final long MAX_WAITING_CPU_NANOS = 30_000_000;

    LoopbackHttpServer server;

    /** One drain() call: the buffer before and after, and what happened while it waited. */
    record Drain(int bufferedBefore, int bufferedAfter, int tickerTicks, long cpuNanos) {
        boolean paused() {
            return bufferedBefore > HIGH_WATER;
        }
    }

    static byte[] upload() {
        byte[] body = new byte[UPLOAD];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31 + (i >>> 16)); // no run repeats, so a lost or repeated piece shows
        }
        return body;
    }

    @Test
    @DisplayName("returns at once, without yielding to the loop, while the buffer is below the high-water mark")
    void noWaitBelowHighWater() {
        server = keep(LoopbackHttpServer.start(request -> HttpReply.ok("ok")));
        List<Object> seen = loop.runUntilComplete(() -> {
            StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
            boolean[] otherRan = {false};
            loop.callSoon(() -> otherRan[0] = true);
            pair.writer().write(StreamFetch.request("/"));
            pair.writer().drain();
            boolean yielded = otherRan[0];
            int buffered = pair.writer().transport().getWriteBufferSize();
            pair.writer().close();
            return List.of(yielded, buffered);
        });
        assertThat(seen.get(1)).as("get_write_buffer_size() after writing a short request: the kernel took it all at once").isEqualTo(0);
        assertThat(seen.get(0)).as("whether a callback scheduled before write() + drain() ran inside drain(): "
                + "CPython's drain() does not even yield when writing is not paused").isEqualTo(false);
    }

    @Test
    @DisplayName("does not pause at exactly the high-water mark: only more than 64 KiB buffered makes drain() wait")
    void exactlyHighWaterIsNotPaused() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        try (RawPeer peer = RawPeer.start(socket -> finished.await())) {
            List<Object> seen = loop.runUntilComplete(() -> {
                StreamWriter writer = Asyncio.openConnection("127.0.0.1", peer.port()).writer();
                byte[] small = new byte[1024];
                while (writer.transport().getWriteBufferSize() == 0) {
                    writer.write(small); // the peer reads nothing: the kernel takes these until its buffers are full
                }
                // Once something is buffered, write() queues everything behind it without trying the kernel.
                writer.write(new byte[HIGH_WATER - writer.transport().getWriteBufferSize()]);
                int buffered = writer.transport().getWriteBufferSize();
                Task<Object> draining = loop.createTask(() -> {
                    writer.drain();
                    return null;
                });
                Asyncio.sleep(0);
                Asyncio.sleep(0);
                boolean drained = draining.done();
                draining.cancel();
                return List.of(buffered, drained);
            });
            finished.countDown();
            assertThat(seen.get(0)).as("get_write_buffer_size() after topping the buffer up").isEqualTo(HIGH_WATER);
            assertThat(seen.get(1)).as("whether drain() returned at once with exactly 64 KiB buffered, while the peer reads "
                    + "nothing: CPython pauses writing only when the buffer is above the high-water mark (size > high)")
                    .isEqualTo(true);
        }
    }

    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    final List<Drain> drains = new ArrayList<>();
    int ticks;

    @Test
    @Timeout(30)
    @DisplayName("pauses only the writing coroutine while the server is not reading, and resumes it at the low-water mark")
    void pausesTheWriterNotTheLoop() {
        server = keep(LoopbackHttpServer.start(request -> HttpReply.ok("got " + request.body().length)));
        server.delayBodyReads(SERVER_NAP);
        byte[] body = upload();
        String status = loop.runUntilComplete(() -> {
            boolean[] uploaded = {false};
            Task<Object> ticker = loop.createTask(() -> {
                while (!uploaded[0]) {
                    Asyncio.sleep(0.005);
                    ticks++;
                }
                return null;
            });
            StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
            pair.writer().write(bytes("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + UPLOAD + "\r\n\r\n"));
            writeAndDrain(pair.writer(), body);
            uploaded[0] = true;
            await(ticker);
            String line = StreamFetch.latin1(pair.reader().readline());
            pair.writer().close();
            return line;
        });
        assertArrivedWhole(status, body);
        List<Drain> paused = drains.stream().filter(Drain::paused).toList();
        assertThat(paused).as("drain() calls that found more than 64 KiB buffered, while the server napped for 0.4 s before reading: "
                + "write() must hand the kernel what fits and buffer the rest, not block until all is sent").isNotEmpty();
        for (Drain drain : paused) {
            assertThat(drain.bufferedAfter()).as("buffer size after a drain() that started with " + drain.bufferedBefore()
                    + " bytes: it may return only at or below the low-water mark of 16 KiB").isLessThanOrEqualTo(LOW_WATER);
        }
        Drain first = paused.get(0);
        assertThat(first.tickerTicks()).as("ticks of another task (sleep(0.005) in a loop) during the first paused drain(), "
                + "which waited out the server's nap: the loop must keep running while one coroutine waits").isPositive();
        assertThat(first.cpuNanos()).as("CPU time (ns) the writing coroutine's thread spent inside that drain(): a waiting "
                + "coroutine should be parked on a future that the transport completes, not polling").isLessThan(MAX_WAITING_CPU_NANOS);
    }

    /**
     * Inside the writing coroutine: first one big write, more than the kernel holds, so the writer callback sends
     * it piece by piece; then small ones from one array, refilled for every write, as Java code often does. A
     * drain() after each write, recorded.
     */
    void writeAndDrain(StreamWriter writer, byte[] body) {
        byte[] chunk = new byte[CHUNK];
        for (int at = 0; at < body.length; ) {
            int size = at == 0 ? BIG_WRITE : CHUNK;
            byte[] piece = at == 0 ? new byte[BIG_WRITE] : chunk;
            System.arraycopy(body, at, piece, 0, size);
            writer.write(piece);
            at += size;
            int before = writer.transport().getWriteBufferSize();
            int ticksBefore = ticks;
            long cpuBefore = threads.getCurrentThreadCpuTime();
            writer.drain();
            drains.add(new Drain(before, writer.transport().getWriteBufferSize(), ticks - ticksBefore,
                    threads.getCurrentThreadCpuTime() - cpuBefore));
        }
    }

    void assertArrivedWhole(String status, byte[] body) {
        assertThat(server.requests()).as("uploads the server received in full (it waits 10 s for missing bytes, then gives up "
                + "and closes; your reader then got %s): the first write of 8 MB goes out in many partial sends, and "
                + "a partial send must leave the rest of that buffer at the front of the queue", py.Repr.of(status)).hasSize(1);
        assertThat(status).as("the server's answer").isEqualTo("HTTP/1.1 200 OK\r\n");
        byte[] received = server.requests().get(0).body();
        assertThat(Arrays.mismatch(received, body)).as("first index where the %d bytes the server received differ from the %d sent "
                + "(-1: none): the first write of 8 MB went out in many partial sends, and a partial send must leave the rest "
                + "of that buffer at the front of the queue; what is queued must be a copy, as the caller refills its array",
                received.length, body.length).isEqualTo(-1);
    }
}
