package asyncio;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import py.CancelledError;
import py.ConnectionRefusedError;
import py.OSError;
import py.PyException;
import py.TimeoutError;
import py.ValueError;

/** The module-level functions: sleep, gather, wait, wait_for, as_completed and open_connection. */
public final class Asyncio {
    private Asyncio() {
    }

    /** Inside a coroutine: pauses for {@code seconds} of loop time (0 still gives the loop one turn). */
    public static void sleep(double seconds) {
        EventLoop loop = EventLoop.getRunningLoop();
        Future<Void> alarm = loop.createFuture();
        Handle handle = seconds <= 0
                ? loop.callSoon(() -> complete(alarm))
                : loop.callLater(seconds, () -> complete(alarm));
        try {
            Coroutine.await(alarm);
        } finally {
            handle.cancel();
        }
    }

    private static void complete(Future<Void> alarm) {
        if (!alarm.done()) {
            alarm.setResult(null);
        }
    }

    /** One future for all: results in argument order; the first exception, unless collected in place. */
    public static Future<List<Object>> gather(boolean returnExceptions, Future<?>... futures) {
        EventLoop loop = futures.length > 0 ? futures[0].getLoop() : EventLoop.getRunningLoop();
        List<Future<?>> children = Arrays.asList(futures);
        Future<List<Object>> outer = new Future<>(loop) {
            @Override
            public boolean cancel() {
                if (done()) {
                    return false;
                }
                // Cancelling the gather cancels the children; it ends when they have.
                boolean any = false;
                for (Future<?> child : children) {
                    any |= child.cancel();
                }
                return any;
            }
        };
        if (futures.length == 0) {
            outer.setResult(new ArrayList<>());
            return outer;
        }
        int[] finished = {0};
        for (Future<?> child : children) {
            child.addDoneCallback(f -> {
                finished[0]++;
                if (outer.done()) {
                    return;
                }
                if (!returnExceptions && failure(f) != null) {
                    outer.setException(failure(f));
                    return;
                }
                if (finished[0] == children.size()) {
                    List<Object> values = new ArrayList<>();
                    for (Future<?> c : children) {
                        values.add(failure(c) != null ? failure(c) : c.result());
                    }
                    outer.setResult(values);
                }
            });
        }
        return outer;
    }

    /** The exception a done future ends with, counting cancellation as CancelledError; null for a result. */
    private static Throwable failure(Future<?> future) {
        return future.cancelled() ? new CancelledError("") : future.exception();
    }

    /** Waits until the condition holds; a negative timeout means none. Nothing is cancelled. */
    public static Future<WaitResult<Future<?>>> wait(Collection<? extends Future<?>> futures, ReturnWhen returnWhen, double timeout) {
        if (futures.isEmpty()) {
            throw new ValueError("Set of Tasks/Futures is empty.");
        }
        Set<Future<?>> all = new LinkedHashSet<>(futures);
        EventLoop loop = all.iterator().next().getLoop();
        Future<WaitResult<Future<?>>> outer = loop.createFuture();
        Runnable finish = () -> {
            if (!outer.done()) {
                Set<Future<?>> done = new LinkedHashSet<>();
                Set<Future<?>> pending = new LinkedHashSet<>();
                for (Future<?> f : all) {
                    (f.done() ? done : pending).add(f);
                }
                outer.setResult(new WaitResult<>(done, pending));
            }
        };
        Handle timer = timeout >= 0 ? loop.callLater(timeout, finish) : null;
        // A future that is done already calls back on the next turn: like CPython, wait() always takes one.
        for (Future<?> f : all) {
            f.addDoneCallback(x -> {
                if (enough(all, returnWhen, x)) {
                    if (timer != null) {
                        timer.cancel();
                    }
                    finish.run();
                }
            });
        }
        return outer;
    }

    /** Waits with no timeout. */
    public static Future<WaitResult<Future<?>>> wait(Collection<? extends Future<?>> futures, ReturnWhen returnWhen) {
        return wait(futures, returnWhen, -1);
    }

    private static boolean enough(Set<Future<?>> all, ReturnWhen returnWhen, Future<?> justDone) {
        return switch (returnWhen) {
            case FIRST_COMPLETED -> true;
            case FIRST_EXCEPTION -> !justDone.cancelled() && justDone.exception() != null
                    || all.stream().allMatch(Future::done);
            case ALL_COMPLETED -> all.stream().allMatch(Future::done);
        };
    }

    /** The future's outcome, or TimeoutError after {@code timeout} seconds, in which case the future is cancelled. */
    public static <T> Future<T> waitFor(Future<T> inner, double timeout) {
        EventLoop loop = inner.getLoop();
        boolean[] timedOut = {false};
        Future<T> outer = new Future<>(loop) {
            @Override
            public boolean cancel() {
                if (done()) {
                    return false;
                }
                if (inner.done()) { // too late to cancel: like CPython's wait_for task, answer True and end with its outcome
                    return inner.cancelled() ? super.cancel() : true;
                }
                // Cancelling wait_for cancels what it waits for; once that has ended, the outer future follows it.
                // Like CPython's wait_for task, a pending one answers True even if the inner future refuses.
                inner.cancel();
                return true;
            }
        };
        Handle timer = loop.callLater(timeout, () -> {
            if (!inner.done()) {
                timedOut[0] = true;
                inner.cancel();
            }
        });
        inner.addDoneCallback(f -> {
            timer.cancel();
            if (outer.done()) {
                return;
            }
            if (f.cancelled() && timedOut[0]) {
                // The inner future is cancelled for good before the timeout is reported.
                outer.setException(new TimeoutError(""));
            } else {
                copy(f, outer);
            }
        });
        return outer;
    }

    /** Futures that complete in completion order: the first returned gets the first outcome, and so on. */
    public static <T> List<Future<T>> asCompleted(Collection<? extends Future<T>> futures) {
        List<Future<T>> slots = new ArrayList<>();
        for (Future<T> f : futures) {
            slots.add(f.getLoop().createFuture());
        }
        int[] next = {0};
        for (Future<T> f : futures) {
            f.addDoneCallback(done -> copy(done, slots.get(next[0]++)));
        }
        return slots;
    }

    private static <T> void copy(Future<? extends T> from, Future<T> to) {
        if (from.cancelled()) {
            to.cancel();
        } else if (from.exception() != null) {
            to.setException(from.exception());
        } else {
            to.setResult(from.result());
        }
    }

    /** Inside a coroutine: connects without blocking the loop and returns the (reader, writer) pair. */
    public static StreamPair openConnection(String host, int port) {
        return openConnection(host, port, StreamReader.DEFAULT_LIMIT);
    }

    /** Inside a coroutine: like {@link #openConnection(String, int)}, with the reader's line limit. */
    public static StreamPair openConnection(String host, int port, int limit) {
        EventLoop loop = EventLoop.getRunningLoop();
        StreamReader reader = new StreamReader(limit);
        List<PyException> failures = new ArrayList<>();
        // Like create_connection: try each address in turn, keep the first that answers.
        for (InetAddress address : resolve(loop, host)) {
            try {
                SocketChannel channel = connect(loop, new InetSocketAddress(address, port));
                Transport transport = new Transport(loop, channel, reader);
                return new StreamPair(reader, new StreamWriter(transport, reader));
            } catch (OSError e) {
                failures.add(e);
            }
        }
        String model = failures.get(0).getMessage();
        if (failures.stream().allMatch(e -> e.getMessage().equals(model))) {
            throw failures.get(0);
        }
        throw new OSError("Multiple exceptions: " + String.join(", ", failures.stream().map(Throwable::getMessage).toList()));
    }

    /** A literal address needs no lookup; a name is looked up off the loop, as CPython's getaddrinfo is. */
    private static List<InetAddress> resolve(EventLoop loop, String host) {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            try {
                return List.of(InetAddress.getByName(host));
            } catch (UnknownHostException e) {
                throw new OSError("[Errno -2] Name or service not known", e);
            }
        }
        try {
            return Arrays.asList(Coroutine.await(loop.runInExecutor(null, () -> InetAddress.getAllByName(host))));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new OSError("[Errno -2] Name or service not known", e);
        }
    }

    /** A non-blocking connect: the coroutine waits for the channel to turn writable, the loop runs on. */
    private static SocketChannel connect(EventLoop loop, InetSocketAddress address) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = channel.connect(address);
            while (!connected) {
                Future<Void> writable = loop.createFuture();
                loop.addWriter(channel, () -> {
                    if (!writable.done()) {
                        writable.setResult(null);
                    }
                });
                try {
                    Coroutine.await(writable);
                } finally {
                    loop.removeWriter(channel);
                }
                connected = channel.finishConnect();
            }
            return channel;
        } catch (ConnectException e) {
            closeQuietly(channel);
            throw new ConnectionRefusedError("[Errno 111] Connect call failed " + repr(address), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OSError(e.getMessage() + ": Connect call failed " + repr(address), e);
        } catch (RuntimeException e) {
            closeQuietly(channel); // e.g. cancelled while connecting: the socket must not leak
            throw e;
        }
    }

    /** Python's repr of a socket address: ('127.0.0.1', 80), or ('::1', 80, 0, 0) for IPv6. */
    private static String repr(InetSocketAddress address) {
        String host = "'" + address.getAddress().getHostAddress().replaceAll("%.*$", "") + "'";
        return address.getAddress() instanceof Inet6Address
                ? "(" + host + ", " + address.getPort() + ", 0, 0)"
                : "(" + host + ", " + address.getPort() + ")";
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do for a socket that never connected
        }
    }
}
