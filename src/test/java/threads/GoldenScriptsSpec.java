package threads;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.PyException;
import support.Golden;

/**
 * Replays random single-thread scripts of non-blocking calls that CPython 3.11 ran on its own
 * Lock, RLock, Semaphore, BoundedSemaphore and Queue (src/test/python/threads_golden.py).
 */
@DisplayName("Golden scripts recorded on CPython 3.11")
class GoldenScriptsSpec {
    private static final List<JsonObject> CASES = Golden.cases("threads", "scripts.json");

    @Test
    @Tag("task-2")
    @DisplayName("Lock and RLock answer every scripted acquire(False)/release()/locked() like CPython")
    void locks() {
        replay("Lock", init -> new LockDriver(new PyLock()));
        replay("RLock", init -> new LockDriver(new PyRLock()));
    }

    @Test
    @Tag("task-7")
    @DisplayName("Semaphore and BoundedSemaphore answer every scripted call like CPython")
    void semaphores() {
        replay("Semaphore", init -> new SemaphoreDriver(() -> new PySemaphore(init)));
        replay("BoundedSemaphore", init -> new SemaphoreDriver(() -> new PyBoundedSemaphore(init)));
    }

    @Test
    @Tag("task-5")
    @DisplayName("Queue answers every scripted put_nowait/get_nowait/task_done/qsize/empty/full like CPython")
    void queues() {
        replay("Queue", init -> new QueueDriver(new PyQueue<>(init)));
    }

    /** Runs one kind of scripts; reports the first few mismatching cases as readable scripts. */
    private static void replay(String kind, Function<Integer, Driver> driverFor) {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (JsonObject script : CASES) {
            if (!script.get("kind").getAsString().equals(kind)) {
                continue;
            }
            count++;
            int init = script.get("init").getAsInt();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            Driver driver;
            if (script.has("create")) {
                String created = outcome(() -> {
                    driverFor.apply(init).check();
                    return null;
                });
                expected.add(kind + "(" + init + ") -> " + script.get("create").getAsString());
                actual.add(kind + "(" + init + ") -> " + created);
                if (!created.equals("None")) {
                    record(mismatches, expected, actual);
                    continue;
                }
            }
            driver = driverFor.apply(init);
            for (JsonElement element : script.getAsJsonArray("steps")) {
                JsonObject step = element.getAsJsonObject();
                String op = step.get("op").getAsString();
                Integer arg = step.has("arg") ? step.get("arg").getAsInt() : null;
                String call = op + "(" + (arg == null ? "" : arg) + ")";
                expected.add(call + " -> " + step.get("out").getAsString());
                Driver current = driver;
                actual.add(call + " -> " + outcome(() -> current.run(op, arg)));
            }
            record(mismatches, expected, actual);
        }
        assertThat(count).as("golden %s scripts", kind).isGreaterThan(100);
        assertThat(mismatches).as("%s scripts that differ from CPython (first %d shown; expected vs yours)", kind, mismatches.size())
                .isEmpty();
    }

    private static void record(List<String> mismatches, List<String> expected, List<String> actual) {
        if (!expected.equals(actual) && mismatches.size() < 3) {
            mismatches.add("\n  CPython: " + expected + "\n  yours:   " + actual);
        }
    }

    private static String outcome(Supplier<Object> call) {
        try {
            Object value = call.get();
            return value == null ? "None" : String.valueOf(value);
        } catch (Empty | Full e) {
            return e.getClass().getSimpleName();
        } catch (PyException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private interface Driver {
        Object run(String op, Integer arg);

        default void check() {
        }
    }

    private record LockDriver(PyLockType lock) implements Driver {
        @Override
        public Object run(String op, Integer arg) {
            return switch (op) {
                case "acquire_nb" -> lock.acquire(false, -1);
                case "release" -> {
                    lock.release();
                    yield null;
                }
                case "locked" -> ((PyLock) lock).locked();
                default -> throw new IllegalArgumentException(op);
            };
        }
    }

    private static final class SemaphoreDriver implements Driver {
        private final Supplier<PySemaphore> factory;
        private PySemaphore sem;

        SemaphoreDriver(Supplier<PySemaphore> factory) {
            this.factory = factory;
        }

        @Override
        public void check() {
            factory.get();
        }

        @Override
        public Object run(String op, Integer arg) {
            if (sem == null) {
                sem = factory.get();
            }
            if (op.equals("acquire_nb")) {
                return sem.acquire(false, -1);
            }
            sem.release(arg);
            return null;
        }
    }

    private record QueueDriver(PyQueue<Integer> queue) implements Driver {
        @Override
        public Object run(String op, Integer arg) {
            return switch (op) {
                case "put_nowait" -> {
                    queue.putNowait(arg);
                    yield null;
                }
                case "get_nowait" -> queue.getNowait();
                case "task_done" -> {
                    queue.taskDone();
                    yield null;
                }
                case "qsize" -> queue.qsize();
                case "empty" -> queue.empty();
                case "full" -> queue.full();
                default -> throw new IllegalArgumentException(op);
            };
        }
    }
}
