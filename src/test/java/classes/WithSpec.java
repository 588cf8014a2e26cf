package classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.KeyError;
import py.RuntimeError;
import py.StopIteration;
import py.TypeError;
import py.ValueError;

@DisplayName("Context managers")
@Tag("task-7")
class WithSpec {

    /** A manager that logs __enter__/__exit__ and returns {@code exitResult} from __exit__. */
    private static Instance manager(List<Object> log, Object exitResult) {
        return new PyClass("Managed")
                .define("__enter__", (PyFunction) args -> {
                    log.add("enter");
                    return "resource";
                })
                .define("__exit__", (PyFunction) args -> {
                    log.add("exit" + Arrays.asList(args).subList(1, 4).stream()
                            .map(arg -> arg instanceof Class<?> type ? type.getSimpleName() : arg instanceof Throwable t
                                    ? t.getMessage() : arg == null ? "None" : "tb").toList());
                    return exitResult;
                })
                .call();
    }

    @Nested
    @DisplayName("the with statement")
    class Statement {
        @Test
        @DisplayName("binds __enter__'s result to the as target and calls __exit__(None, None, None) after the body")
        void normalExit() {
            List<Object> log = new ArrayList<>();
            Object result = With.run(manager(log, null), target -> {
                log.add("body got " + target);
                return 42;
            });
            assertThat(result).as("the body's result").isEqualTo(42);
            assertThat(log).as("calls made by: with m as target: body").containsExactly("enter", "body got resource", "exit[None, None, None]");
        }

        @Test
        @DisplayName("passes the exception triple to __exit__ and re-raises when __exit__ returns a falsy value")
        void exceptionPropagates() {
            List<Object> log = new ArrayList<>();
            ValueError boom = new ValueError("boom");
            assertThatThrownBy(() -> With.run(manager(log, false), target -> {
                throw boom;
            }), "with m: raise ValueError('boom'), __exit__ returns False").isSameAs(boom);
            assertThat(log).as("__exit__ saw the type, the exception and a traceback").containsExactly("enter", "exit[ValueError, boom, tb]");
        }

        @Test
        @DisplayName("suppresses the exception when __exit__ returns a truthy value")
        void truthySuppresses() {
            List<Object> log = new ArrayList<>();
            Object result = With.run(manager(log, 1), target -> {
                throw new KeyError("k");
            });
            assertThat(result).as("the with statement completes normally (no result)").isNull();
            assertThat(log).as("calls").hasSize(2);
        }

        @Test
        @DisplayName("takes __exit__'s answer by truth value: None, False, 0 and 0.0 re-raise; True, 1, -1 and 0.5 suppress")
        void exitAnswerByTruthValue() {
            List<Object> answers = Arrays.asList(null, false, 0, 0L, 0.0, true, 1, -1, 0.5);
            List<String> outcomes = new ArrayList<>();
            for (Object answer : answers) {
                try {
                    With.run(manager(new ArrayList<>(), answer), target -> {
                        throw new KeyError("k");
                    });
                    outcomes.add("suppressed");
                } catch (KeyError raised) {
                    outcomes.add("re-raised");
                }
            }
            assertThat(outcomes).as("with m: raise KeyError('k'), where __exit__ returns each of %s: the with statement "
                    + "calls bool() on the answer, so any zero number is as false as False", answers)
                    .containsExactly("re-raised", "re-raised", "re-raised", "re-raised", "re-raised",
                            "suppressed", "suppressed", "suppressed", "suppressed");
        }

        @Test
        @DisplayName("skips __exit__ when __enter__ raises")
        void enterFails() {
            List<Object> log = new ArrayList<>();
            Instance broken = new PyClass("Broken")
                    .define("__enter__", (PyFunction) args -> {
                        throw new ValueError("cannot open");
                    })
                    .define("__exit__", (PyFunction) args -> log.add("exit"))
                    .call();
            assertThatThrownBy(() -> With.run(broken, target -> log.add("body")), "with Broken(): ...")
                    .isInstanceOf(ValueError.class).hasMessage("cannot open");
            assertThat(log).as("neither the body nor __exit__ ran").isEmpty();
        }

        @Test
        @DisplayName("refuses an object without the protocol, naming what is missing")
        void notAManager() {
            assertThatThrownBy(() -> With.run(new PyClass("NoCM").call(), target -> null), "with NoCM():")
                    .isInstanceOf(TypeError.class).hasMessage("'NoCM' object does not support the context manager protocol");
            Instance half = new PyClass("HalfCM").define("__enter__", (PyFunction) args -> null).call();
            assertThatThrownBy(() -> With.run(half, target -> null), "with HalfCM(): (no __exit__)")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("'HalfCM' object does not support the context manager protocol (missed __exit__ method)");
        }
    }

    /**
     * A hand-written generator for: log("setup"); try: yield "value"; except ValueError: log("caught")
     * (and return, if {@code swallow}); finally-less cleanup: log("cleanup"). {@code extraYield} adds a second yield.
     */
    private static Supplier<Generator> generatorFunction(List<String> log, boolean yields, boolean swallow, boolean extraYield) {
        return () -> new Generator() {
            private int step;

            @Override
            public Object next() {
                step++;
                if (step == 1) {
                    log.add("setup");
                    if (yields) {
                        return "value";
                    }
                }
                if (step == 2 && extraYield) {
                    return "again";
                }
                if (step == 2) {
                    log.add("cleanup");
                }
                throw new StopIteration();
            }

            @Override
            public Object throwIn(RuntimeException exc) {
                log.add("thrown " + exc.getMessage());
                if (swallow && exc instanceof ValueError) {
                    log.add("caught");
                    if (extraYield) {
                        return "again";
                    }
                    throw new StopIteration();
                }
                throw exc;
            }
        };
    }

    @Nested
    @DisplayName("@contextmanager")
    class GeneratorBased {
        @Test
        @DisplayName("binds the yielded value and runs the code after the yield on exit")
        void runsAfterYield() {
            List<String> log = new ArrayList<>();
            Object result = With.run(Contextlib.contextmanager(generatorFunction(log, true, false, false)).get(), target -> {
                log.add("body got " + target);
                return "done";
            });
            assertThat(result).as("the body's result").isEqualTo("done");
            assertThat(log).as("the generator's setup, the body, then the code after the yield")
                    .containsExactly("setup", "body got value", "cleanup");
        }

        @Test
        @DisplayName("throws the body's exception in at the yield, where the generator may swallow it")
        void exceptionThrownIn() {
            List<String> log = new ArrayList<>();
            Object result = With.run(Contextlib.contextmanager(generatorFunction(log, true, true, false)).get(), target -> {
                throw new ValueError("bad");
            });
            assertThat(result).as("suppressed: the generator caught the ValueError and returned").isNull();
            assertThat(log).as("what the generator saw").containsExactly("setup", "thrown bad", "caught");
        }

        @Test
        @DisplayName("lets an exception the generator does not catch propagate unchanged")
        void exceptionPropagates() {
            List<String> log = new ArrayList<>();
            KeyError error = new KeyError("k");
            assertThatThrownBy(() -> With.run(Contextlib.contextmanager(generatorFunction(log, true, true, false)).get(), target -> {
                throw error;
            }), "with cm(): raise KeyError").isSameAs(error);
        }

        @Test
        @DisplayName("each call of the decorated function starts a fresh generator")
        void freshGenerator() {
            List<String> log = new ArrayList<>();
            Supplier<Instance> cm = Contextlib.contextmanager(generatorFunction(log, true, false, false));
            With.run(cm.get(), target -> null);
            With.run(cm.get(), target -> null);
            assertThat(log).as("two with statements, two generators").containsExactly("setup", "cleanup", "setup", "cleanup");
        }

        @Test
        @DisplayName("fails with 'generator didn't yield' when the generator returns before yielding")
        void didNotYield() {
            List<String> log = new ArrayList<>();
            assertThatThrownBy(() -> With.run(Contextlib.contextmanager(generatorFunction(log, false, false, false)).get(), target -> null),
                    "a generator function with no yield")
                    .isInstanceOf(RuntimeError.class).hasMessage("generator didn't yield");
        }

        @Test
        @DisplayName("fails with 'generator didn't stop' when the generator yields twice")
        void didNotStop() {
            List<String> log = new ArrayList<>();
            assertThatThrownBy(() -> With.run(Contextlib.contextmanager(generatorFunction(log, true, false, true)).get(), target -> null),
                    "a generator that yields a second time")
                    .isInstanceOf(RuntimeError.class).hasMessage("generator didn't stop");
        }

        @Test
        @DisplayName("fails with 'generator didn't stop after throw()' when it yields again after catching")
        void didNotStopAfterThrow() {
            List<String> log = new ArrayList<>();
            assertThatThrownBy(() -> With.run(Contextlib.contextmanager(generatorFunction(log, true, true, true)).get(), target -> {
                throw new ValueError("bad");
            }), "a generator that catches the error and yields again")
                    .isInstanceOf(RuntimeError.class).hasMessage("generator didn't stop after throw()");
        }
    }
}
