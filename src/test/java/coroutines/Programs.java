package coroutines;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import py.GeneratorExit;
import py.KeyError;
import py.PyBaseException;
import py.StopIteration;
import py.ValueError;

/**
 * The programs of src/test/python/coroutines_golden.py, rebuilt as state machines. Each resume
 * point except -1 starts with {@code frame.received()}, where the Python code has its yield.
 */
final class Programs {
    private Programs() {
    }

    static final List<String> GENERATORS = List.of("simple", "echo", "stubborn", "cleanup", "leaky", "accumulator", "catch_and_return");
    static final List<String> DELEGATING = List.of("delegator", "delegate_echo", "list_delegate");
    static final List<String> COROUTINES = List.of("awaiter", "outer");

    /** A new generator or coroutine object, as calling the Python function would create. */
    static GeneratorProtocol create(String program) {
        return switch (program) {
            case "simple" -> new Generator(program, Programs::simple);
            case "echo" -> echo();
            case "stubborn" -> new Generator(program, Programs::stubborn);
            case "cleanup" -> new Generator(program, Programs::cleanup);
            case "leaky" -> new Generator(program, Programs::leaky);
            case "accumulator" -> accumulator();
            case "catch_and_return" -> new Generator(program, Programs::catchAndReturn);
            case "delegator" -> new Generator(program, Programs::delegator);
            case "delegate_echo" -> new Generator(program, frame -> frame.lasti() == -1
                    ? frame.yieldFrom(1, echo()) : frame.returnValue(frame.received()));
            case "list_delegate" -> new Generator(program, Programs::listDelegate);
            case "awaiter" -> new Coroutine(program, Programs::awaiter);
            case "outer" -> new Coroutine(program, Programs::outer);
            default -> throw new IllegalArgumentException(program);
        };
    }

    // yield 1; yield 2; return "done"
    static Suspension simple(Frame frame) {
        return switch (frame.lasti()) {
            case -1 -> frame.yieldAt(1, 1);
            case 1 -> {
                frame.received();
                yield frame.yieldAt(2, 2);
            }
            default -> {
                frame.received();
                yield frame.returnValue("done");
            }
        };
    }

    // received = None; while True: try: received = yield received / except ValueError as exc: received = "caught " + str(exc)
    static Generator echo() {
        return new Generator("echo", frame -> {
            Object received = null;
            if (frame.lasti() != -1) {
                try {
                    received = frame.received();
                } catch (ValueError exc) {
                    received = "caught " + exc.getMessage();
                }
            }
            return frame.yieldAt(1, received);
        });
    }

    // n = 0; while True: try: yield n / except GeneratorExit: n += 100 / n += 1
    static Suspension stubborn(Frame frame) {
        Map<String, Object> locals = frame.locals();
        if (frame.lasti() == -1) {
            locals.put("n", 0);
            return frame.yieldAt(1, 0);
        }
        int n = (Integer) locals.get("n");
        try {
            frame.received();
        } catch (GeneratorExit exit) {
            n += 100;
        }
        n += 1;
        locals.put("n", n);
        return frame.yieldAt(1, n);
    }

    // try: x = yield 1; yield x / finally: yield "cleanup"
    static Suspension cleanup(Frame frame) {
        Map<String, Object> locals = frame.locals();
        switch (frame.lasti()) {
            case -1:
                return frame.yieldAt(1, 1);
            case 1:
            case 2:
                try {
                    Object x = frame.received();
                    if (frame.lasti() == 1) {
                        return frame.yieldAt(2, x);
                    }
                } catch (PyBaseException pending) {
                    // The finally block runs with the exception pending, and re-raises it afterwards.
                    locals.put("pending", pending);
                }
                return frame.yieldAt(3, "cleanup");
            default:
                frame.received();
                if (locals.get("pending") instanceof PyBaseException pending) {
                    throw pending;
                }
                return frame.returnValue(null);
        }
    }

    // yield 1; raise StopIteration("leak")
    static Suspension leaky(Frame frame) {
        if (frame.lasti() == -1) {
            return frame.yieldAt(1, 1);
        }
        frame.received();
        throw new StopIteration("leak");
    }

    // total = 0; while True: x = yield total; if x is None: return total; total += x
    static Generator accumulator() {
        return new Generator("accumulator", frame -> {
            Map<String, Object> locals = frame.locals();
            if (frame.lasti() == -1) {
                locals.put("total", 0);
                return frame.yieldAt(1, 0);
            }
            Object x = frame.received();
            int total = (Integer) locals.get("total");
            if (x == null) {
                return frame.returnValue(total);
            }
            locals.put("total", total + (Integer) x);
            return frame.yieldAt(1, total + (Integer) x);
        });
    }

    // try: result = yield from accumulator() / except ValueError: result = "sub failed"
    // yield ["sub returned", result]; return "end"
    static Suspension delegator(Frame frame) {
        switch (frame.lasti()) {
            case -1:
                return frame.yieldFrom(1, accumulator());
            case 1:
                Object result;
                try {
                    result = frame.received();
                } catch (ValueError failed) {
                    result = "sub failed";
                }
                return frame.yieldAt(2, Arrays.asList("sub returned", result));
            default:
                frame.received();
                return frame.returnValue("end");
        }
    }

    // result = yield from [10, 20, 30]; yield result; return "end"
    static Suspension listDelegate(Frame frame) {
        return switch (frame.lasti()) {
            case -1 -> frame.yieldFrom(1, List.of(10, 20, 30));
            case 1 -> frame.yieldAt(2, frame.received());
            default -> {
                frame.received();
                yield frame.returnValue("end");
            }
        };
    }

    // try: yield 1 / except KeyError: return "caught" / yield 2
    static Suspension catchAndReturn(Frame frame) {
        switch (frame.lasti()) {
            case -1:
                return frame.yieldAt(1, 1);
            case 1:
                try {
                    frame.received();
                } catch (KeyError caught) {
                    return frame.returnValue("caught");
                }
                return frame.yieldAt(2, 2);
            default:
                frame.received();
                return frame.returnValue(null);
        }
    }

    /** class Pause: def __await__(self): sent = yield "paused"; return sent. */
    static final class Pause implements Awaitable {
        @Override
        public Object __await__() {
            return new Generator("__await__", frame -> frame.lasti() == -1
                    ? frame.yieldAt(1, "paused") : frame.returnValue(frame.received()));
        }
    }

    // a = await Pause(); b = await Pause(); return [a, b]
    static Suspension awaiter(Frame frame) {
        switch (frame.lasti()) {
            case -1:
                return frame.awaitAt(1, new Pause());
            case 1:
                frame.locals().put("a", frame.received());
                return frame.awaitAt(2, new Pause());
            default:
                Object b = frame.received();
                return frame.returnValue(Arrays.asList(frame.locals().get("a"), b));
        }
    }

    // async def inner(): x = await Pause(); return ["inner", x]
    static Coroutine inner() {
        return new Coroutine("inner", frame -> frame.lasti() == -1
                ? frame.awaitAt(1, new Pause()) : frame.returnValue(Arrays.asList("inner", frame.received())));
    }

    // try: r = await inner() / except KeyError: r = "inner failed" / return ["outer", r]
    static Suspension outer(Frame frame) {
        if (frame.lasti() == -1) {
            return frame.awaitAt(1, inner());
        }
        Object r;
        try {
            r = frame.received();
        } catch (KeyError failed) {
            r = "inner failed";
        }
        return frame.returnValue(Arrays.asList("outer", r));
    }
}
