package coroutines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.GeneratorExit;
import py.KeyError;
import py.PyBaseException;
import py.StopIteration;
import py.TypeError;
import py.ValueError;

@DisplayName("yield from: the six rules of PEP 380")
@Tag("task-3")
class YieldFromSpec {

    /** A sub-generator that yields how many values it got, records everything that reaches it, and returns on "stop". */
    static Generator sub(List<String> log) {
        return new Generator("sub", frame -> {
            if (frame.lasti() != -1) {
                Object got;
                try {
                    got = frame.received();
                } catch (KeyError handled) {
                    log.add("sub handled " + handled);
                    return frame.yieldAt(1, "handled");
                } catch (PyBaseException other) {
                    log.add("sub saw " + other);
                    throw other;
                }
                log.add("sub got " + got);
                if ("stop".equals(got)) {
                    return frame.returnValue("sub result");
                }
            }
            return frame.yieldAt(1, "sub:" + log.size());
        });
    }

    /** result = yield from inner; yield "after " + result; records what reaches its own frame. */
    static Generator delegating(Object inner, List<String> log) {
        return new Generator("outer", frame -> {
            switch (frame.lasti()) {
                case -1:
                    return frame.yieldFrom(1, inner);
                case 1:
                    Object result;
                    try {
                        result = frame.received();
                    } catch (PyBaseException seen) {
                        log.add("outer saw " + seen);
                        throw seen;
                    }
                    return frame.yieldAt(2, "after " + result);
                default:
                    frame.received();
                    return frame.returnValue(null);
            }
        });
    }

    @Nested
    @DisplayName("delegating to a generator")
    class ToGenerator {
        @Test
        @DisplayName("1. passes the sub-generator's values straight to the caller")
        void passThrough() {
            List<String> log = new ArrayList<>();
            Generator sub = sub(log);
            Generator outer = delegating(sub, log);
            assertThat(outer.__next__()).as("next(outer) primes the sub-generator and returns its first value").isEqualTo("sub:0");
            assertThat(outer.giYieldfrom()).as("gi_yieldfrom while delegating").isSameAs(sub);
            assertThat(outer.state()).as("the delegating generator is suspended too").isEqualTo(GenState.GEN_SUSPENDED);
        }

        @Test
        @DisplayName("2. forwards send(); a None send is a next()")
        void forwardsSend() {
            List<String> log = new ArrayList<>();
            Generator outer = delegating(sub(log), log);
            outer.__next__();
            assertThat(outer.send("a")).as("outer.send('a')").isEqualTo("sub:1");
            assertThat(outer.__next__()).as("next(outer)").isEqualTo("sub:2");
            assertThat(log).as("what reached the sub-generator").containsExactly("sub got a", "sub got null");
        }

        @Test
        @DisplayName("3. makes the sub-generator's return value the value of the yield from expression")
        void returnValue() {
            List<String> log = new ArrayList<>();
            Generator outer = delegating(sub(log), log);
            outer.__next__();
            assertThat(outer.send("stop")).as("the sub returns 'sub result'; outer resumes and yields").isEqualTo("after sub result");
            assertThat(outer.giYieldfrom()).as("gi_yieldfrom once the delegation ended").isNull();
        }

        @Test
        @DisplayName("4a. forwards throw() to the sub-generator, which may handle it")
        void forwardsThrowHandled() {
            List<String> log = new ArrayList<>();
            Generator outer = delegating(sub(log), log);
            outer.__next__();
            assertThat(outer.throw_(new KeyError("k"))).as("outer.throw(KeyError('k')) handled by the sub").isEqualTo("handled");
            assertThat(log).as("only the sub saw it").containsExactly("sub handled KeyError: 'k'");
        }

        @Test
        @DisplayName("4b. lets an exception the sub-generator does not handle bubble up through the delegating frame")
        void forwardsThrowUnhandled() {
            List<String> log = new ArrayList<>();
            Generator sub = sub(log);
            Generator outer = delegating(sub, log);
            outer.__next__();
            assertThatThrownBy(() -> outer.throw_(new ValueError("v")),
                    "outer.throw(ValueError('v')) that the sub-generator does not handle: CPython lets it out of outer")
                    .isInstanceOf(ValueError.class).hasMessage("v");
            assertThat(log).as("first the sub, then the delegating frame saw it")
                    .containsExactly("sub saw ValueError: v", "outer saw ValueError: v");
            assertThat(List.of(sub.state(), outer.state())).as("both are closed").containsOnly(GenState.GEN_CLOSED);
        }

        @Test
        @DisplayName("4c. does not forward a thrown GeneratorExit: it closes the sub-generator and raises in the delegating frame")
        void throwGeneratorExitCloses() {
            List<String> log = new ArrayList<>();
            Generator sub = sub(log);
            Generator outer = delegating(sub, log);
            outer.__next__();
            GeneratorExit exit = new GeneratorExit("bye");
            assertThatThrownBy(() -> outer.throw_(exit), "outer.throw(GeneratorExit('bye'))").isSameAs(exit);
            assertThat(log).as("the sub was closed (it saw a fresh GeneratorExit), then outer saw the thrown one")
                    .containsExactly("sub saw GeneratorExit", "outer saw GeneratorExit: bye");
            assertThat(sub.state()).as("the sub-generator's state").isEqualTo(GenState.GEN_CLOSED);
        }

        @Test
        @DisplayName("5. forwards close() to the sub-generator, then closes the delegating generator")
        void forwardsClose() {
            List<String> log = new ArrayList<>();
            Generator sub = sub(log);
            Generator outer = delegating(sub, log);
            outer.__next__();
            assertThatCode(outer::close).as("outer.close()").doesNotThrowAnyException();
            assertThat(log).as("close reached the sub first, then the delegating frame")
                    .containsExactly("sub saw GeneratorExit", "outer saw GeneratorExit");
            assertThat(List.of(sub.state(), outer.state())).as("both are closed").containsOnly(GenState.GEN_CLOSED);
        }
    }

    /** A sub-generator that yields 'sub' forever; returns on KeyError, fails on 'boom' and fails to close. */
    static Generator touchy() {
        return new Generator("touchy", frame -> {
            if (frame.lasti() != -1) {
                Object got;
                try {
                    got = frame.received();
                } catch (KeyError handled) {
                    return frame.returnValue("returned on KeyError");
                } catch (GeneratorExit exit) {
                    throw new ValueError("close failed");
                }
                if ("boom".equals(got)) {
                    throw new ValueError("boom");
                }
            }
            return frame.yieldAt(1, "sub");
        });
    }

    /** try: result = yield from inner / except BaseException as e: yield f"caught {e}" / else: yield f"after {result}". */
    static Generator catching(Object inner) {
        return new Generator("catching", frame -> {
            switch (frame.lasti()) {
                case -1:
                    return frame.yieldFrom(1, inner);
                case 1:
                    try {
                        return frame.yieldAt(2, "after " + frame.received());
                    } catch (PyBaseException caught) {
                        return frame.yieldAt(2, "caught " + caught);
                    }
                default:
                    frame.received();
                    return frame.returnValue(null);
            }
        });
    }

    @Nested
    @DisplayName("when the delegating frame handles what the delegation ends with (checked against CPython)")
    class DelegatingFrameHandles {
        @Test
        @DisplayName("an exception the sub-generator raises on send() is raised at the yield from, where it can be caught")
        void sendFailureCaught() {
            Generator outer = catching(touchy());
            outer.__next__();
            assertThat(outer.send("boom")).as("outer.send('boom') where the sub raises ValueError('boom')")
                    .isEqualTo("caught ValueError: boom");
        }

        @Test
        @DisplayName("a sub-generator that returns when an exception is thrown in ends the yield from with that value")
        void throwEndsWithReturn() {
            Generator outer = catching(touchy());
            outer.__next__();
            assertThat(outer.throw_(new KeyError("k"))).as("outer.throw(KeyError('k')) where the sub returns on KeyError")
                    .isEqualTo("after returned on KeyError");
        }

        @Test
        @DisplayName("a thrown GeneratorExit closes the sub-generator; what that close raises replaces it in the delegating frame")
        void failedCloseOnThrow() {
            Generator outer = catching(touchy());
            outer.__next__();
            assertThat(outer.throw_(new GeneratorExit("bye"))).as("outer.throw(GeneratorExit('bye')) where the sub's close raises")
                    .isEqualTo("caught ValueError: close failed");
        }

        @Test
        @DisplayName("close() raises what the sub-generator's close raised, after it went through the delegating frame")
        void failedCloseOnClose() {
            List<String> log = new ArrayList<>();
            Generator outer = delegating(touchy(), log);
            outer.__next__();
            assertThatThrownBy(outer::close, "outer.close() where the sub's close raises ValueError('close failed')")
                    .isInstanceOf(ValueError.class).hasMessage("close failed");
            assertThat(log).as("the delegating frame saw the ValueError, not a GeneratorExit").containsExactly("outer saw ValueError: close failed");
        }

        @Test
        @DisplayName("an exception thrown in while delegating to a list is raised at the yield from, where it can be caught")
        void throwIntoListCaught() {
            Generator outer = catching(List.of(1, 2));
            outer.__next__();
            assertThat(outer.throw_(new ValueError("v"))).as("outer.throw(ValueError('v')) over yield from [1, 2]")
                    .isEqualTo("caught ValueError: v");
        }
    }

    @Nested
    @DisplayName("6. delegating to a plain iterator (a list)")
    class ToIterator {
        @Test
        @DisplayName("passes its values through and evaluates to None")
        void values() {
            Generator outer = delegating(List.of(1, 2), new ArrayList<>());
            assertThat(List.of(outer.__next__(), outer.__next__(), outer.__next__()))
                    .as("next(outer) three times over yield from [1, 2]").containsExactly(1, 2, "after null");
            assertThat(outer.giYieldfrom()).as("gi_yieldfrom after the list ran out").isNull();
        }

        @Test
        @DisplayName("has no send: AttributeError 'list_iterator' object has no attribute 'send', raised in the delegating frame")
        void noSend() {
            List<String> log = new ArrayList<>();
            Generator outer = delegating(List.of(1, 2), log);
            outer.__next__();
            assertThat(outer.giYieldfrom()).as("gi_yieldfrom is the list's iterator").isInstanceOf(ListIterator.class);
            assertThatThrownBy(() -> outer.send(5), "outer.send(5) while outer delegates to iter([1, 2]): CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class).hasMessage("'list_iterator' object has no attribute 'send'");
            assertThat(log).as("the AttributeError is raised at the yield from").hasSize(1);
            assertThat(outer.state()).as("state afterwards").isEqualTo(GenState.GEN_CLOSED);
        }

        @Test
        @DisplayName("has no throw: the exception is raised at the yield from itself")
        void noThrow() {
            List<String> log = new ArrayList<>();
            Generator outer = delegating(List.of(1, 2), log);
            outer.__next__();
            assertThatThrownBy(() -> outer.throw_(new ValueError("v")),
                    "outer.throw(ValueError('v')) while outer delegates to iter([1, 2]): CPython raises it at the yield from")
                    .isInstanceOf(ValueError.class).hasMessage("v");
            assertThat(log).as("the delegating frame saw it").containsExactly("outer saw ValueError: v");
        }

        @Test
        @DisplayName("takes any PyIterator, not only a list's: its values pass through, its StopIteration's value is the result")
        void anyIterator() {
            int[] calls = {0};
            // class It: def __next__(self): the 1st and 2nd calls return 2 and 1, the 3rd raises StopIteration(7)
            PyIterator countdown = () -> {
                calls[0]++;
                if (calls[0] > 2) {
                    throw new StopIteration(7);
                }
                return 3 - calls[0];
            };
            Generator outer = delegating(countdown, new ArrayList<>());
            assertThat(List.of(outer.__next__(), outer.__next__(), outer.__next__()))
                    .as("list(outer(It())) where outer does r = yield from it; yield f'after {r}' (CPython: [2, 1, 'after 7'])")
                    .containsExactly(2, 1, "after 7");
            assertThat(calls[0]).as("It.__next__ calls: two values, then the StopIteration").isEqualTo(3);
        }

        @Test
        @DisplayName("refuses something that is not iterable: 'int' object is not iterable")
        void notIterable() {
            Generator outer = new Generator("outer", frame -> frame.yieldFrom(1, 42));
            assertThatThrownBy(outer::__next__, "next(outer) where outer runs yield from 42: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'int' object is not iterable");
            Generator overNone = new Generator("outer", frame -> frame.yieldFrom(1, null));
            assertThatThrownBy(overNone::__next__, "yield from None")
                    .isInstanceOf(TypeError.class).hasMessage("'NoneType' object is not iterable");
        }
    }

    @Test
    @DisplayName("yieldFromIsTransparent: driving a sub-generator through yield from gives what driving it directly gives")
    void yieldFromIsTransparent() {
        qt().forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 20)).checkAssert(sends -> {
            Generator direct = Programs.accumulator();
            Generator wrapped = new Generator("wrapper", frame -> frame.lasti() == -1
                    ? frame.yieldFrom(1, Programs.accumulator()) : frame.returnValue(frame.received()));
            assertThat(wrapped.__next__()).as("priming").isEqualTo(direct.__next__());
            for (int value : sends) {
                assertThat(wrapped.send(value)).as("send(%d) through yield from, script %s", value, sends).isEqualTo(direct.send(value));
            }
            Object directTotal = returned(() -> direct.send(null));
            Object wrappedTotal = returned(() -> wrapped.send(null));
            assertThat(wrappedTotal).as("the wrapper returns what the sub returned").isEqualTo(directTotal);
        });
    }

    @Test
    @DisplayName("yieldFromListYieldsItsItems: list(wrapper) == items for yield from items")
    void yieldFromListYieldsItsItems() {
        qt().forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 15)).checkAssert(items -> {
            Generator gen = new Generator("g", frame -> frame.lasti() == -1 ? frame.yieldFrom(1, items) : frame.returnValue(frame.received()));
            List<Object> seen = new ArrayList<>();
            while (true) {
                try {
                    seen.add(gen.__next__());
                } catch (StopIteration end) {
                    assertThat(end.value()).as("yield from a list evaluates to None").isNull();
                    break;
                }
            }
            assertThat(seen).as("values of yield from %s", items).isEqualTo(items);
        });
    }

    private static Object returned(Runnable call) {
        try {
            call.run();
        } catch (StopIteration stop) {
            return stop.value();
        }
        throw new AssertionError("expected StopIteration");
    }
}
