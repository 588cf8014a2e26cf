package processes;

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
        throw new UnsupportedOperationException("TODO(task 2): serve the parent over stdin and stdout, in the mode args[0] names - see katas/processes/README.md#task-2");
    }
}
