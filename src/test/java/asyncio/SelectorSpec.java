package asyncio;

import static asyncio.Coroutine.await;
import static asyncio.StreamFetch.latin1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import py.TimeoutError;
import support.HttpReply;
import support.LoopbackHttpServer;

@DisplayName("The loop's selector side")
@Tag("task-9")
class SelectorSpec {

    final List<String> log = new ArrayList<>();
    final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    <T extends AutoCloseable> T keep(T resource) {
        resources.add(0, resource);
        return resource;
    }

    Pipe pipe() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        pipe.sink().configureBlocking(false);
        keep(pipe.source());
        keep(pipe.sink());
        return pipe;
    }

    static String readAll(Pipe.SourceChannel source) {
        ByteBuffer into = ByteBuffer.allocate(100);
        try {
            source.read(into);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new String(into.array(), 0, into.position(), StandardCharsets.ISO_8859_1);
    }

    @Nested
    @DisplayName("add_reader and add_writer")
    class Watching {

        @Test
        @DisplayName("call the reader on the loop thread when data arrives, and stop after remove_reader (True once, then False)")
        void reader() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            Pipe pipe = pipe();
            Thread loopThread = Thread.currentThread();
            List<Boolean> removed = new ArrayList<>();
            loop.addReader(pipe.source(), () -> {
                log.add("read " + readAll(pipe.source()) + (Thread.currentThread() == loopThread ? " on the loop thread" : " elsewhere"));
                removed.add(loop.removeReader(pipe.source()));
                removed.add(loop.removeReader(pipe.source()));
                loop.callLater(0.05, loop::stop);
            });
            pipe.sink().write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.ISO_8859_1)));
            loop.runForever();
            assertThat(log).as("reader callbacks for one write of 'ping' (the reader removes itself)").containsExactly("read ping on the loop thread");
            assertThat(removed).as("remove_reader() twice: True while registered, then False").containsExactly(true, false);
        }

        @Test
        @DisplayName("call the writer while the channel is writable; a second add_writer replaces the first")
        void writer() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            Pipe pipe = pipe();
            loop.addWriter(pipe.sink(), () -> log.add("first writer"));
            loop.addWriter(pipe.sink(), () -> {
                log.add("second writer");
                log.add("removed: " + loop.removeWriter(pipe.sink()));
                loop.stop();
            });
            loop.runForever();
            assertThat(log).as("an empty pipe is writable: only the replacing writer runs, once, then removes itself")
                    .containsExactly("second writer", "removed: true");
            assertThat(loop.removeWriter(pipe.sink())).as("remove_writer() with no writer registered").isFalse();
        }

        @Test
        @DisplayName("poll their channels on every iteration, even when callbacks are always ready")
        void busyLoopStillPolls() throws Exception {
            EventLoop loop = keep(new EventLoop(true));
            Pipe pipe = pipe();
            boolean[] arrived = {false};
            loop.addReader(pipe.source(), () -> {
                readAll(pipe.source());
                arrived[0] = true;
            });
            pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
            int spins = loop.runUntilComplete(() -> {
                int turns = 0;
                while (!arrived[0] && turns < 10_000) {
                    Asyncio.sleep(0);
                    turns++;
                }
                return turns;
            });
            assertThat(arrived[0]).as("the reader ran while a task kept the ready queue busy with sleep(0) for " + spins
                    + " turns: select with timeout 0 when callbacks are ready, but do select").isTrue();
        }

        @Test
        @DisplayName("are closed by loop.close(), with every channel still registered")
        void closeClosesChannels() throws Exception {
            EventLoop loop = new EventLoop(false);
            Pipe pipe = pipe();
            loop.addReader(pipe.source(), () -> { });
            loop.close();
            assertThat(pipe.source().isOpen()).as("a channel with a reader registered, after loop.close()").isFalse();
        }

        @Test
        @DisplayName("are refused once the loop is closed")
        void closedLoopRefusesReaders() throws Exception {
            EventLoop loop = new EventLoop(false);
            loop.close();
            Pipe pipe = pipe();
            assertThatExceptionOfType(RuntimeError.class).as("add_reader() on a closed loop")
                    .isThrownBy(() -> loop.addReader(pipe.source(), () -> { })).withMessage("Event loop is closed");
        }

        @Test
        @DisplayName("keep timers due together in scheduling order: add_reader and call_soon_threadsafe take sequence numbers too")
        void tiesStayFifoAroundOtherCalls() throws Exception {
            EventLoop loop = keep(new EventLoop(true));
            Pipe pipe = pipe();
            loop.callAt(1, () -> log.add("first"));
            loop.addReader(pipe.source(), () -> log.add("reader"));
            loop.addReader(pipe.source(), () -> log.add("replacing reader"));
            loop.removeReader(pipe.source()); // a watched channel would make the virtual clock wait for real
            loop.callAt(1, () -> log.add("second"));
            for (int i = 0; i < 10; i++) {
                loop.callSoonThreadsafe(() -> { });
            }
            loop.callSoon(() -> loop.callAt(1, () -> log.add("third, scheduled by a callback")));
            loop.callLater(2, loop::stop);
            loop.runForever();
            assertThat(log).as("three call_at(1) around two add_reader() and ten call_soon_threadsafe() calls: "
                    + "every handle takes the next sequence number, whatever kind it is").containsExactly("first", "second", "third, scheduled by a callback");
        }
    }

    /** Two connected, non-blocking loopback sockets, closed after the spec. */
    SocketChannel[] socketPair() throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel near = keep(SocketChannel.open(listener.getLocalAddress()));
            SocketChannel far = keep(listener.accept());
            near.configureBlocking(false);
            far.configureBlocking(false);
            return new SocketChannel[] {near, far};
        }
    }

    /** Sends one byte from {@code far} and waits (at most 5 s, with a selector of the spec's own) until {@code near} can read it. */
    static void sendOneByte(SocketChannel far, SocketChannel near) throws IOException {
        far.write(ByteBuffer.wrap(new byte[] {1}));
        try (Selector arrival = Selector.open()) {
            near.register(arrival, SelectionKey.OP_READ);
            assertThat(arrival.select(5_000)).as("one byte sent over loopback arrived within 5 s").isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("which callback runs")
    class WhichCallback {

        @Test
        @DisplayName("remove_reader() and remove_writer() of a channel never watched answer False")
        void removeUnwatched() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            Pipe pipe = pipe();
            assertThat(List.of(loop.removeReader(pipe.source()), loop.removeWriter(pipe.sink())))
                    .as("remove_reader() and remove_writer() of channels this loop never watched").containsExactly(false, false);
        }

        @Test
        @DisplayName("a reader is called only when its channel is readable, not when it is only writable")
        void readerOnlyWhenReadable() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            SocketChannel near = socketPair()[0];
            loop.addReader(near, () -> log.add("reader"));
            loop.addWriter(near, () -> {
                log.add("writer");
                loop.removeWriter(near);
                loop.stop();
            });
            loop.runForever();
            assertThat(log).as("callbacks for a connected socket with room to write and nothing to read, watched by both: "
                    + "the ready set says which of the two may run").containsExactly("writer");
        }

        @Test
        @DisplayName("a writer is called only when its channel has room, not when it is only readable")
        void writerOnlyWhenWritable() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            SocketChannel[] pair = socketPair();
            SocketChannel near = pair[0];
            ByteBuffer filler = ByteBuffer.allocate(1 << 20);
            while (near.write(filler.clear()) > 0) {
                // fill the kernel's buffers: the peer reads nothing, so near has no room left
            }
            loop.addWriter(near, () -> log.add("writer"));
            loop.addReader(near, () -> {
                log.add("reader");
                loop.stop();
            });
            sendOneByte(pair[1], near);
            loop.runForever();
            assertThat(log).as("callbacks for a socket whose send buffer is full and that has one byte to read").containsExactly("reader");
        }

        @Test
        @DisplayName("a writer removed by the reader that ran just before it, in the same iteration, does not run")
        void removedWriterDoesNotRun() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            SocketChannel[] pair = socketPair();
            SocketChannel near = pair[0];
            sendOneByte(pair[1], near);
            loop.addReader(near, () -> {
                log.add("reader removes the writer: " + loop.removeWriter(near));
                loop.stop();
            });
            loop.addWriter(near, () -> log.add("writer"));
            loop.runForever();
            assertThat(log).as("a socket both readable and writable: its reader runs first and removes the writer, whose "
                    + "callback is already queued for this iteration; remove_writer() must cancel it")
                    .containsExactly("reader removes the writer: true");
        }

        @Test
        @DisplayName("a call_soon_threadsafe callback queued in one iteration runs before a reader whose data arrived in that iteration")
        void threadsafeBeforeReaderOfTheSameTurn() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            Pipe pipe = pipe();
            loop.addReader(pipe.source(), () -> {
                log.add("reader got " + py.Repr.of(readAll(pipe.source())));
                loop.removeReader(pipe.source());
                loop.stop();
            });
            loop.callSoon(() -> {
                loop.callSoonThreadsafe(() -> log.add("threadsafe callback"));
                try {
                    pipe.sink().write(ByteBuffer.wrap("x".getBytes(StandardCharsets.ISO_8859_1)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            loop.runForever();
            assertThat(log).as("a callback that calls call_soon_threadsafe(f) and then writes to a watched pipe: CPython puts f "
                    + "in the ready queue at once, and the reader joins it only after the next select, so f runs first")
                    .containsExactly("threadsafe callback", "reader got 'x'");
        }

        @Test
        @DisplayName("a reader is called once per arrival of data, not again on every iteration after it")
        void readerOncePerArrival() throws Exception {
            EventLoop loop = keep(new EventLoop(false));
            Pipe pipe = pipe();
            loop.addReader(pipe.source(), () -> log.add("read " + py.Repr.of(readAll(pipe.source()))));
            pipe.sink().write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.ISO_8859_1)));
            loop.callLater(0.05, loop::stop);
            loop.runForever();
            assertThat(log).as("reader calls during 0.05 s after one write of 'ping', which the first call reads: "
                    + "a selected key stays in Selector.selectedKeys() until removed from it").containsExactly("read 'ping'");
        }
    }

    @Nested
    @DisplayName("on a virtual clock")
    class VirtualClockAndIo {
        final EventLoop loop = keep(new EventLoop(true));

        LoopbackHttpServer serve(HttpReply reply) {
            return keep(LoopbackHttpServer.start(request -> reply));
        }

        @Test
        @DisplayName("does not jump past a timer while a read is pending: a one-hour wait_for around a network read does not time out")
        void waitsForRealIo() {
            LoopbackHttpServer server = serve(HttpReply.ok("late").latency(Duration.ofMillis(300)));
            String line = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                Task<byte[]> read = loop.createTask(pair.reader()::readline);
                try {
                    return latin1(await(Asyncio.waitFor(read, 3600)));
                } catch (TimeoutError e) {
                    return "TimeoutError at loop time " + loop.time();
                } finally {
                    pair.writer().close();
                }
            });
            assertThat(line).as("wait_for(reader.readline(), 3600) against a server that answers after 0.3 s (real time): "
                    + "while a channel is watched, the loop must wait in its selector for real instead of jumping to the timer")
                    .isEqualTo("HTTP/1.1 200 OK\r\n");
            assertThat(loop.time()).as("virtual time after the read: waiting for I/O does not move the virtual clock").isEqualTo(0.0);
        }

        @Test
        @DisplayName("still fires a timer while a read is pending: wait_for(readline(), 0.25) times out at loop time 0.25")
        void timerFiresDuringIo() {
            LoopbackHttpServer server = serve(HttpReply.ok("never in time"));
            server.releaseWhenInFlight(2, Duration.ofSeconds(3));
            Throwable thrown = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                Task<byte[]> read = loop.createTask(pair.reader()::readline);
                try {
                    return catchThrowable(() -> await(Asyncio.waitFor(read, 0.25)));
                } finally {
                    pair.writer().close();
                }
            });
            assertThat(thrown).as("wait_for(readline(), 0.25) against a server that holds its answer for 3 s: with a channel watched, "
                    + "wait in the selector at most until the next timer is due, then move the clock to it").isInstanceOf(TimeoutError.class);
            assertThat(loop.time()).as("virtual time when the wait_for timer fired").isEqualTo(0.25);
        }
    }
}
