package processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import py.RuntimeError;

/** One pool slot: a feeder thread in the parent and the child JVM it talks to. */
final class PoolWorker {
    private final ProcessPool pool;
    private final LinkedBlockingQueue<Job> jobs;
    private volatile Process child;

    PoolWorker(ProcessPool pool, LinkedBlockingQueue<Job> jobs) {
        this.pool = pool;
        this.jobs = jobs;
        this.child = spawn();
    }

    /** The feeder loop: one job at a time, down to the child and back. */
    void feed() {
        try {
            for (Job job = jobs.take(); job != Job.STOP; job = jobs.take()) {
                if (pool.terminated()) {
                    job.fail(new RuntimeError("pool terminated before the task ran"));
                    continue;
                }
                runInChild(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopChild();
        }
    }

    Optional<Long> pid() {
        Process current = child;
        return current != null && current.isAlive() ? Optional.of(current.pid()) : Optional.empty();
    }

    void kill() {
        Process current = child;
        if (current != null) {
            Children.kill(current);
        }
    }

    private void runInChild(Job job) {
        Process current = child;
        try {
            OutputStream toChild = current.getOutputStream();
            // Process streams are buffered already; one reply per request, so nothing is read ahead.
            InputStream fromChild = current.getInputStream();
            Frames.write(toChild, Frames.dumps(new Object[] {job.fn, job.arg}));
            byte[] reply = Frames.read(fromChild);
            if (reply == null) {
                throw new IOException("end of stream");
            }
            Object[] answer = (Object[]) Frames.loads(reply);
            if ((Boolean) answer[0]) {
                job.succeed(answer[1]);
            } else {
                job.fail(answer[1] instanceof RuntimeException e ? e : new RuntimeError(String.valueOf(answer[1]), (Throwable) answer[1]));
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // The child died (or the answer was garbage): this task fails, the slot gets a new child.
            Children.kill(current);
            job.fail(new RuntimeError("worker process " + current.pid() + " died while running the task (exit code "
                    + current.exitValue() + ")"));
            if (!pool.terminated()) {
                child = spawn();
            }
        }
    }

    private void stopChild() {
        Process current = child;
        if (current == null) {
            return;
        }
        try {
            // Closing its stdin is the child's signal to exit after the current task.
            current.getOutputStream().close();
            current.waitFor();
        } catch (IOException e) {
            Children.kill(current);
        } catch (InterruptedException e) {
            Children.kill(current);
            Thread.currentThread().interrupt();
        }
    }

    private static Process spawn() {
        try {
            return Children.start("pool");
        } catch (IOException e) {
            throw new RuntimeError("cannot start a worker process: " + e.getMessage(), e);
        }
    }
}
