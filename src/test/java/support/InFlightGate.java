package support;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The loopback server's count of requests in flight (read but not yet answered), their peak, and
 * the gate that can hold answers until a target number is in flight. Package-private: specs reach
 * it through {@link LoopbackHttpServer}.
 */
final class InFlightGate {
    private int inFlight;
    private int peak;
    private int target;
    private Predicate<LoopbackHttpServer.Request> holds = request -> true;
    private Duration maxWait = Duration.ZERO;
    /** Whether maxWait counts from the latest request's arrival (true) or from each held request's own. */
    private boolean countsFromLatestArrival;
    private long latestArrivalNanos = System.nanoTime();
    private boolean open = true;
    private boolean shutDown;

    synchronized void close(int n, Duration maxWait, Predicate<LoopbackHttpServer.Request> holds, boolean countsFromLatestArrival) {
        this.target = n;
        this.maxWait = maxWait;
        this.holds = holds;
        this.countsFromLatestArrival = countsFromLatestArrival;
        this.open = false;
    }

    synchronized void arrived() {
        latestArrivalNanos = System.nanoTime();
        change(+1);
    }

    /** Answered from here on: a client that waits for this answer before its next request is never counted twice. */
    synchronized void answered() {
        change(-1);
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int peak() {
        return peak;
    }

    /** Wakes every held request for good: the server is closing. */
    synchronized void shutDown() {
        shutDown = true;
        notifyAll();
    }

    private void change(int delta) {
        inFlight += delta;
        peak = Math.max(peak, inFlight);
        if (inFlight >= target) {
            open = true;
        }
        notifyAll();
    }

    /** Returns once the gate is open, or at once if {@code request} is not one it holds. */
    synchronized void await(LoopbackHttpServer.Request request) throws InterruptedException {
        if (!holds.test(request)) {
            return;
        }
        long heldSince = System.nanoTime();
        while (!open && !shutDown) {
            long from = countsFromLatestArrival ? latestArrivalNanos : heldSince;
            long left = from + maxWait.toNanos() - System.nanoTime();
            if (left <= 0) {
                open = true; // give up once, for everyone: the spec will report the low peak
                notifyAll();
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
