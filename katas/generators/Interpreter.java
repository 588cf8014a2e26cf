package generators;

/** One thread's call stack: the frame that runs now, and how calls push and pop frames. */
public final class Interpreter {

    /** A fresh thread state, already running the module's frame {@code <module>}. */
    public Interpreter() {
        throw new UnsupportedOperationException("TODO(task 3): start a call stack in the module frame - see katas/generators/README.md#task-3");
    }

    /** {@code inspect.currentframe()}: the frame that is running now. */
    public Frame currentFrame() {
        throw new UnsupportedOperationException("TODO(task 3): return the frame that is running now - see katas/generators/README.md#task-3");
    }

    /** Calls an ordinary function in a new frame whose caller is the current frame, and returns its result. */
    public Object call(String name, FunctionBody body) {
        throw new UnsupportedOperationException("TODO(task 3): run the body in a new frame on the call stack - see katas/generators/README.md#task-3");
    }
}
