package generators;

import java.util.Map;

/** Generator functions written as state machines: each returns a new generator object, like calling them in Python. */
public final class GeneratorFunctions {
    private GeneratorFunctions() {
    }

    /** The notes' {@code gen_func}: yield 1; name = "Sancho"; yield 2; age = 30; return "Hello". */
    public static Generator notesExample(Interpreter interpreter) {
        return new Generator(interpreter, "gen_func", frame -> switch (frame.lasti()) {
            case -1 -> frame.yieldAt(1, 1);
            case 1 -> {
                frame.locals().put("name", "Sancho");
                yield frame.yieldAt(2, 2);
            }
            case 2 -> {
                frame.locals().put("age", 30);
                yield frame.returnValue("Hello");
            }
            default -> throw new IllegalStateException("no resume point " + frame.lasti());
        });
    }

    /** {@code def countdown(start): n = start; while n > 0: yield n; n -= 1}. */
    public static Generator countdown(Interpreter interpreter, int start) {
        Generator generator = new Generator(interpreter, "countdown", frame -> {
            Map<String, Object> locals = frame.locals();
            if (frame.lasti() == -1) {
                locals.put("n", locals.get("start"));
            } else {
                locals.put("n", (Integer) locals.get("n") - 1);
            }
            // One resume point: every pass through the loop suspends at the same yield.
            int n = (Integer) locals.get("n");
            return n > 0 ? frame.yieldAt(1, n) : frame.returnValue(null);
        });
        // Arguments are bound into the new frame before any of the body runs.
        generator.giFrame().locals().put("start", start);
        return generator;
    }

    /** The notes' {@code gen_fib(index)}: yields 1, 1, 2, 3, 5, ... {@code index} times. */
    public static Generator fibonacci(Interpreter interpreter, int index) {
        Generator generator = new Generator(interpreter, "gen_fib", frame -> {
            Map<String, Object> locals = frame.locals();
            if (frame.lasti() == -1) {
                locals.put("n", 0);
                locals.put("a", 0L);
                locals.put("b", 1L);
            } else {
                long a = (Long) locals.get("a");
                long b = (Long) locals.get("b");
                locals.put("a", b);
                locals.put("b", a + b);
                locals.put("n", (Integer) locals.get("n") + 1);
            }
            boolean more = (Integer) locals.get("n") < (Integer) locals.get("index");
            return more ? frame.yieldAt(1, locals.get("b")) : frame.returnValue(null);
        });
        generator.giFrame().locals().put("index", index);
        return generator;
    }
}
