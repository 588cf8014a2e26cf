package support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for specs that fetch things. One
 * thread per connection (small stacks, so a thousand connections are fine); every thread and socket
 * is closed by {@link #close()}.
 *
 * <p>What a spec can ask of it:
 * <ul>
 *   <li>per-request behaviour through the handler's {@link HttpReply}: latency, Content-Length,
 *       chunked or until-close bodies, the sizes of the socket writes, an early close, a reset,
 *       garbage instead of HTTP;</li>
 *   <li>{@link #peakInFlight()}: the most requests that were ever read but not yet answered at the
 *       same moment. A client that fetches N URLs concurrently reaches N; one that fetches them one
 *       after another reaches 1. That is structure, not timing;</li>
 *   <li>{@link #releaseWhenInFlight}: hold every answer until N requests are in flight at once, so
 *       that a concurrent client reaches N however slow the machine is (a sequential client
 *       waits out the gate once, then gets its answers and a peak of 1). The overload with a
 *       predicate holds only the requests it selects, e.g. not a crawl's start page, which is
 *       alone in flight by nature;</li>
 *   <li>{@link #holdUntilInFlight}: the same gate, but it gives up only once no new request has
 *       arrived for a while, so a slow but concurrent client is never cut short, and a client
 *       that waits for one answer before it asks again is released soon and shows its low peak;</li>
 *   <li>{@link #requests()}: the log of every request (method, target, headers, body), in
 *       arrival order;</li>
 *   <li>{@link #openConnections()} / {@link #awaitAllClosedByClients}: after a normal response
 *       the server half-closes and waits for the client to close its end, so a client that leaks
 *       its socket shows up here.</li>
 * </ul>
 *
 * <pre>{@code
 * try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok(request.target()))) {
 *     fetch(server.url("/a"));
 *     assertThat(server.requests()).hasSize(1);
 * }
 * }</pre>
 */
public final class LoopbackHttpServer implements AutoCloseable {
    /** One request as the server read it. Header names keep the client's spelling. */
    public record Request(int index, String method, String target, String version,
                          List<Map.Entry<String, String>> headers, byte[] body) {
        /** The first header with this name, compared case-insensitively, or null. */
        public String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        /** The request line and header lines, as sent (for failure messages). */
        public String head() {
            StringBuilder text = new StringBuilder(method + " " + target + " " + version);
            headers.forEach(h -> text.append("\\r\\n").append(h.getKey()).append(": ").append(h.getValue()));
            return text.toString();
        }
    }

    private static final long THREAD_STACK_BYTES = 256 * 1024;
    private static final int HEAD_LIMIT = 1 << 20;

    private final ServerSocket listener;
    private final Function<Request, HttpReply> handler;
    private final Thread acceptor;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final List<Request> log = new ArrayList<>();
    private int accepted;
    private int open;
    private final InFlightGate gate = new InFlightGate();
    private volatile Duration bodyReadDelay = Duration.ZERO;
    private volatile boolean closed;

    private LoopbackHttpServer(Function<Request, HttpReply> handler) throws IOException {
        this.handler = handler;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        this.acceptor = newThread(this::acceptLoop, "loopback-http-accept");
        acceptor.start();
    }

    /** Starts a server that answers every request with what {@code handler} returns. */
    public static LoopbackHttpServer start(Function<Request, HttpReply> handler) {
        try {
            return new LoopbackHttpServer(handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Holds every answer until {@code n} requests are in flight at once; gives up after maxWait. */
    public void releaseWhenInFlight(int n, Duration maxWait) {
        releaseWhenInFlight(n, maxWait, request -> true);
    }

    /**
     * Holds the answers to the requests that {@code holds} selects until {@code n} requests are in
     * flight at once (the gate then stays open); gives up after maxWait. Other requests pass.
     */
    public void releaseWhenInFlight(int n, Duration maxWait, java.util.function.Predicate<Request> holds) {
        gate.close(n, maxWait, holds, false);
    }

    /**
     * Holds every answer until {@code n} requests are in flight at once; gives up (once, for
     * everyone) when no new request has arrived for {@code quiet}. A client that keeps sending is
     * never cut short however slow the machine is; one that waits for an answer before its next
     * request is released after {@code quiet}, and its answers then come at once.
     */
    public void holdUntilInFlight(int n, Duration quiet) {
        gate.close(n, quiet, request -> true, true);
    }

    /** Waits this long after a request's head before reading its body (to fill the client's send buffer). */
    public void delayBodyReads(Duration delay) {
        bodyReadDelay = delay;
    }

    public int peakInFlight() {
        return gate.peak();
    }

    public int inFlight() {
        return gate.inFlight();
    }

    /** How many connections were accepted so far. */
    public int connectionsAccepted() {
        synchronized (lock) {
            return accepted;
        }
    }

    /** Connections whose handler has not finished, usually because the client has not closed yet. */
    public int openConnections() {
        synchronized (lock) {
            return open;
        }
    }

    /** Every request read so far, in arrival order. */
    public List<Request> requests() {
        synchronized (lock) {
            return List.copyOf(log);
        }
    }

    /** Waits until at least {@code n} requests have arrived; false on timeout. */
    public boolean awaitRequests(int n, Duration timeout) {
        return awaitCondition(() -> log.size() >= n, timeout);
    }

    /** Waits until every accepted connection has been closed by its client; false on timeout. */
    public boolean awaitAllClosedByClients(Duration timeout) {
        return awaitCondition(() -> open == 0, timeout);
    }

    private boolean awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                synchronized (lock) {
                    accepted++;
                    open++;
                }
                sockets.add(socket);
                Thread worker = newThread(() -> serve(socket), "loopback-http-" + accepted);
                threads.add(worker);
                worker.start();
            } catch (IOException e) {
                return; // the listener was closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Request request = readRequest(in);
            if (request == null) {
                return;
            }
            HttpReply reply = handler.apply(request);
            try {
                pause(reply.latency());
                gate.await(request);
            } finally {
                // Answered from here on: a client that waits for this answer before sending its next
                // request can never be seen with one request too many, however threads are scheduled.
                gate.answered();
            }
            if (reply.isReset()) {
                socket.setSoLinger(true, 0);
                return;
            }
            OutputStream out = socket.getOutputStream();
            for (byte[] piece : reply.writes()) {
                out.write(piece);
                out.flush();
            }
            if (!reply.endsAbruptly()) {
                socket.shutdownOutput();
                drainUntilClientCloses(in, socket);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server is closing: either way this connection is done
        } finally {
            sockets.remove(socket);
            threads.remove(Thread.currentThread());
            synchronized (lock) {
                open--;
                lock.notifyAll();
            }
        }
    }

    private Request readRequest(InputStream in) throws IOException, InterruptedException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ", 3);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
            }
        }
        byte[] body = readBody(in, headers);
        synchronized (lock) {
            Request request = new Request(log.size(), requestLine[0],
                    requestLine.length > 1 ? requestLine[1] : "", requestLine.length > 2 ? requestLine[2] : "",
                    List.copyOf(headers), body);
            log.add(request);
            gate.arrived();
            lock.notifyAll(); // awaitRequests counts the log
            return request;
        }
    }

    /** The request head up to the blank line, or null if the client closed before sending one. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > HEAD_LIMIT) {
                throw new IOException("request head too long");
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    private byte[] readBody(InputStream in, List<Map.Entry<String, String>> headers) throws IOException, InterruptedException {
        String length = headers.stream().filter(h -> h.getKey().toLowerCase(Locale.ROOT).equals("content-length"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (length == null) {
            return new byte[0];
        }
        pause(bodyReadDelay);
        byte[] body = in.readNBytes(Integer.parseInt(length));
        if (body.length < Integer.parseInt(length)) {
            throw new IOException("request body truncated");
        }
        return body;
    }

    private static void drainUntilClientCloses(InputStream in, Socket socket) throws IOException {
        socket.setSoTimeout(0);
        byte[] sink = new byte[8192];
        while (in.read(sink) >= 0) {
            // a well-behaved client sends nothing more; it only closes
        }
    }

    private static void pause(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    private static Thread newThread(Runnable body, String name) {
        Thread thread = new Thread(null, body, name, THREAD_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** Closes the listener and every connection, wakes threads pausing for latency, and waits for every server thread to end. */
    @Override
    public void close() {
        closed = true;
        gate.shutDown();
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            listener.close();
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (SocketException ignored) {
                    // already closed
                }
            }
            acceptor.join(5_000);
            for (Thread thread : List.copyOf(threads)) {
                thread.interrupt(); // a reply's latency is a sleep: end it now, the client is gone
                thread.join(5_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
