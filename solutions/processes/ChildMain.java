package processes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.OutputStream;
import py.RuntimeError;

/**
 * The entry point of every child JVM. Mode "pool": run tasks from stdin until it closes.
 * Mode "process": run one target with a {@link Connection} over stdin/stdout.
 * Mode "manager": serve shared objects (see {@link Manager}).
 */
public final class ChildMain {
    private ChildMain() {
    }

    /** Runs the child side of a pool worker, a process or a manager. */
    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        // stdout now belongs to the frames: a stray println must not corrupt them.
        System.setOut(System.err);
        switch (args[0]) {
            case "pool" -> servePool(in, out);
            case "process" -> runProcess(in, out);
            case "manager" -> ManagerServer.serve(out);
            default -> throw new IllegalArgumentException("unknown child mode " + args[0]);
        }
    }

    @SuppressWarnings("unchecked")
    private static void servePool(InputStream in, OutputStream out) throws Exception {
        for (byte[] frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
            Object[] job = (Object[]) Frames.loads(frame);
            Object[] reply;
            try {
                reply = new Object[] {true, ((Task<Object, Object>) job[0]).apply(job[1])};
            } catch (Exception e) {
                reply = new Object[] {false, e};
            }
            Frames.write(out, serializable(reply));
        }
    }

    private static byte[] serializable(Object[] reply) throws Exception {
        try {
            return Frames.dumps(reply);
        } catch (NotSerializableException e) {
            // Like pickle errors in Python, the parent hears about it instead of waiting forever.
            String what = reply[1] == null ? "null" : reply[1].getClass().getName();
            return Frames.dumps(new Object[] {false, new RuntimeError("cannot send the result back: " + what + " is not serializable")});
        }
    }

    @SuppressWarnings("unchecked")
    private static void runProcess(InputStream in, OutputStream out) throws Exception {
        Task<Connection, Object> target = (Task<Connection, Object>) Frames.loads(Frames.read(in));
        target.apply(new Connection(in, out));
        out.flush();
    }
}
