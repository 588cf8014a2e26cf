package generators;

/** Generator functions written as state machines: each returns a new generator object, like calling them in Python. */
public final class GeneratorFunctions {
    private GeneratorFunctions() {
    }

    /** The notes' {@code gen_func}: yield 1; name = "Sancho"; yield 2; age = 30; return "Hello". */
    public static Generator notesExample(Interpreter interpreter) {
        throw new UnsupportedOperationException("TODO(task 5): write the notes' gen_func as a resumable body - see katas/generators/README.md#task-5");
    }

    /** {@code def countdown(start): n = start; while n > 0: yield n; n -= 1}. */
    public static Generator countdown(Interpreter interpreter, int start) {
        throw new UnsupportedOperationException("TODO(task 5): write countdown as a resumable body - see katas/generators/README.md#task-5");
    }

    /** The notes' {@code gen_fib(index)}: {@code n, a, b = 0, 0, 1; while n < index: yield b; a, b = b, a + b; n += 1}. */
    public static Generator fibonacci(Interpreter interpreter, int index) {
        throw new UnsupportedOperationException("TODO(task 5): write gen_fib as a resumable body - see katas/generators/README.md#task-5");
    }
}
