package threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Spec-side threads, independent of the learner's PyThread: start plain Java threads, collect what
 * they throw, and join them with a generous bound so that a deadlock fails with a readable message.
 */
final class Threads {
    /** How long a spec waits for something that should happen promptly before calling it a hang. */
    static final long PATIENCE_MILLIS = 5_000;

    private final List<Thread> started = new ArrayList<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    Thread start(String name, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failures.add(t);
            }
        }, name);
        thread.setDaemon(true);
        started.add(thread);
        thread.start();
        return thread;
    }

    /** Joins every thread; fails naming the ones still running, then rethrows the first failure. */
    void joinAll(String whatWouldHang) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        for (Thread thread : started) {
            try {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        List<String> alive = started.stream().filter(Thread::isAlive).map(Thread::getName).toList();
        started.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        assertThat(alive).as("threads still blocked after %d ms: %s", PATIENCE_MILLIS, whatWouldHang).isEmpty();
        rethrowFirstFailure();
    }

    void rethrowFirstFailure() {
        Throwable first = failures.peek();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }

    /** Waits for a latch the spec itself opens; fails if it never opens (a spec bug, or a hang upstream). */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_MILLIS * 2, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("a spec gate was never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether another thread's non-blocking acquire() gets the lock now (it releases it again at once). */
    static boolean othersCanAcquire(PyLockType lock) {
        AtomicBoolean got = new AtomicBoolean();
        Threads spec = new Threads();
        spec.start("prober", () -> {
            got.set(lock.acquire(false, -1));
            if (got.get()) {
                lock.release();
            }
        });
        spec.joinAll("a non-blocking acquire must never block");
        return got.get();
    }

    /** Waits until the thread is parked (waiting or blocked) or has ended; returns its state. */
    static Thread.State parkedOrDone(Thread thread) {
        awaitTrue("thread " + thread.getName() + " to block or finish", () -> {
            Thread.State state = thread.getState();
            return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.BLOCKED || state == Thread.State.TERMINATED;
        });
        return thread.getState();
    }

    /** Polls until the condition holds; fails after the patience runs out. */
    static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("gave up waiting for " + what + " after " + PATIENCE_MILLIS + " ms");
            }
            Thread.onSpinWait();
            sleep(1);
        }
    }

    /**
     * Runs {@code blockingCall} on a new thread, waits until it blocks, samples its states 100 times,
     * then runs {@code wakeUp} and checks that the call returns. The sampled states say how it waited.
     */
    static Set<Thread.State> statesWhileBlocked(String call, Runnable blockingCall, Runnable wakeUp) {
        Threads spec = new Threads();
        Thread waiter = spec.start("waiter", blockingCall);
        assertThat(parkedOrDone(waiter)).as("%s must block", call).isNotEqualTo(Thread.State.TERMINATED);
        Set<Thread.State> seen = sampleStates(waiter, 100);
        wakeUp.run();
        spec.joinAll("the wake-up must let the blocked " + call + " return");
        return seen;
    }

    /** The states a thread was seen in, sampled every 2 ms: RUNNABLE in a wait means it spins. */
    static Set<Thread.State> sampleStates(Thread thread, int samples) {
        Set<Thread.State> seen = EnumSet.noneOf(Thread.State.class);
        for (int sample = 0; sample < samples; sample++) {
            seen.add(thread.getState());
            sleep(2);
        }
        return seen;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
