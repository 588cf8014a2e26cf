package generators;

import java.util.ArrayDeque;
import java.util.Deque;

/** One thread's call stack: the frame that runs now, and how calls push and pop frames. */
public final class Interpreter {
    private final Deque<Frame> stack = new ArrayDeque<>();

    /** A fresh thread state, already running the module's frame {@code <module>}. */
    public Interpreter() {
        stack.push(new Frame("<module>", null));
    }

    /** {@code inspect.currentframe()}: the frame on top of the stack. */
    public Frame currentFrame() {
        return stack.peek();
    }

    /** Calls an ordinary function: a new frame whose {@code f_back} is the caller's, popped even if the body raises. */
    public Object call(String name, FunctionBody body) {
        Frame frame = new Frame(name, currentFrame());
        stack.push(frame);
        try {
            return body.run(frame);
        } finally {
            stack.pop();
        }
    }

    /** Runs an existing frame (a generator's) on top of the stack for one resumption. */
    Suspension resume(Frame frame, Code code) {
        frame.linkBack(currentFrame());
        stack.push(frame);
        try {
            return code.resume(frame);
        } finally {
            stack.pop();
            // A suspended generator frame has no caller: f_back is None until the next resumption.
            frame.linkBack(null);
        }
    }
}
