package asyncio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import py.CancelledError;
import py.TimeoutError;
import py.ValueError;

/** The module-level functions: sleep, gather, wait, wait_for and as_completed. */
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
    public static Future<WaitResult> wait(Collection<? extends Future<?>> futures, ReturnWhen returnWhen, double timeout) {
        if (futures.isEmpty()) {
            throw new ValueError("Set of Tasks/Futures is empty.");
        }
        Set<Future<?>> all = new LinkedHashSet<>(futures);
        EventLoop loop = all.iterator().next().getLoop();
        Future<WaitResult> outer = loop.createFuture();
        Runnable finish = () -> {
            if (!outer.done()) {
                Set<Future<?>> done = new LinkedHashSet<>();
                Set<Future<?>> pending = new LinkedHashSet<>();
                for (Future<?> f : all) {
                    (f.done() ? done : pending).add(f);
                }
                outer.setResult(new WaitResult(done, pending));
            }
        };
        Handle timer = timeout >= 0 ? loop.callLater(timeout, finish) : null;
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
        if (all.stream().anyMatch(f -> f.done() && enough(all, returnWhen, f))) {
            finish.run();
        }
        return outer;
    }

    /** Waits with no timeout. */
    public static Future<WaitResult> wait(Collection<? extends Future<?>> futures, ReturnWhen returnWhen) {
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
                return !done() && inner.cancel();
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
}
