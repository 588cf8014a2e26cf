package support;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs learner code that may never end, and decides by counting bytes, not by the clock: the code
 * runs on its own thread until it returns, throws, or has allocated more than a budget. A loop that
 * chases a list it keeps growing allocates without bound and is told apart within milliseconds,
 * on any machine; a loop that allocates nothing and never ends is left to the spec's timeout.
 *
 * <p>Java cannot stop a thread that runs away; it is a daemon named after the call, and it ends
 * when it runs out of memory. That only happens when the code under test is wrong.
 */
public final class AllocationBudget {
    private AllocationBudget() {
    }

    /** How a bounded run ended: with a value, with an exception, or still running past the budget. */
    public record Result<T>(T value, Throwable thrown, boolean overBudget, long allocatedBytes) {
    }

    /** Runs call on a thread named name until it ends or has allocated more than budgetBytes. */
    public static <T> Result<T> run(String name, long budgetBytes, Supplier<T> call) throws InterruptedException {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                value.set(call.get());
            } catch (Throwable failure) {
                thrown.set(failure);
            }
        }, name);
        worker.setDaemon(true);
        worker.start();
        long allocated = 0;
        while (worker.isAlive()) {
            allocated = allocatedBy(worker);
            if (allocated > budgetBytes) {
                return new Result<>(null, null, true, allocated);
            }
            worker.join(1);
        }
        return new Result<>(value.get(), thrown.get(), false, allocated);
    }

    private static long allocatedBy(Thread thread) {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean counting
                && counting.isThreadAllocatedMemorySupported() && counting.isThreadAllocatedMemoryEnabled()) {
            return counting.getThreadAllocatedBytes(thread.getId());
        }
        return 0;
    }
}
