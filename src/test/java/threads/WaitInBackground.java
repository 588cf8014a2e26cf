package threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** {@code concurrent.futures.wait(fs, return_when)} called in a thread of its own, so that a spec can see it block, then return. */
final class WaitInBackground<T> {
    private final AtomicReference<DoneAndNotDone<PyFuture<T>>> split = new AtomicReference<>();
    private final Threads threads = new Threads();
    private final Thread waiter;

    WaitInBackground(List<PyFuture<T>> futures, ReturnWhen returnWhen) {
        waiter = threads.start("waiter", () -> split.set(Futures.wait(futures, returnWhen)));
    }

    /** Fails unless the waiter is blocked (or parked) rather than returned. */
    void assertStillWaiting(String why) {
        assertThat(Threads.parkedOrDone(waiter)).as(why).isNotEqualTo(Thread.State.TERMINATED);
    }

    /** Waits for wait() to return, failing with whatWouldHang if it does not, and gives what it returned. */
    DoneAndNotDone<PyFuture<T>> returned(String whatWouldHang) {
        threads.joinAll(whatWouldHang);
        return split.get();
    }
}
