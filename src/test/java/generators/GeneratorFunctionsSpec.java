package generators;

import static generators.Drain.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static support.Raised.raised;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.Repr;
import py.StopIteration;
import support.Golden;
import support.Mismatches;

@DisplayName("Generator functions written as resumable frames")
@Tag("task-5")
class GeneratorFunctionsSpec {

    @Test
    @DisplayName("runs the notes' gen_func: lasti -1, 1, 2 with locals {}, {}, {'name': 'Sancho'}")
    void notesExample() {
        Generator gen = GeneratorFunctions.notesExample(new Interpreter());
        Frame frame = gen.giFrame();
        assertThat(frame.lasti()).as("f_lasti before next() (the notes print -1; CPython 3.11 prints 0)").isEqualTo(-1);
        assertThat(frame.locals()).as("f_locals before next()").isEmpty();
        assertThat(gen.__next__()).as("first next()").isEqualTo(1);
        assertThat(frame.lasti()).as("f_lasti after the first yield (model label 1)").isEqualTo(1);
        assertThat(frame.locals()).as("f_locals after the first yield: name is not assigned yet").isEmpty();
        assertThat(gen.__next__()).as("second next()").isEqualTo(2);
        assertThat(frame.lasti()).as("f_lasti after the second yield (model label 2)").isEqualTo(2);
        assertThat(frame.locals()).as("f_locals after the second yield").isEqualTo(Map.of("name", "Sancho"));
        StopIteration stop = raised(StopIteration.class, "the third next(gen), which reaches return 'Hello': CPython raises "
                + "StopIteration('Hello')", gen::__next__);
        assertThat(stop.value()).as("StopIteration.value of the next(gen) that reaches return 'Hello'").isEqualTo("Hello");
        assertThat(gen.giFrame()).as("gi_frame once finished").isNull();
    }

    @Test
    @DisplayName("countdownGeneratorMatchesRange: countdown(n) yields n, n-1, ..., 1")
    void countdownGeneratorMatchesRange() {
        qt().forAll(integers().between(-3, 60)).checkAssert(n -> {
            List<Object> expected = new ArrayList<>();
            for (int i = n; i > 0; i--) {
                expected.add(i);
            }
            assertThat(drain(GeneratorFunctions.countdown(new Interpreter(), n))).as("list(countdown(%d))", n).isEqualTo(expected);
        });
    }

    @Test
    @DisplayName("fibonacciGeneratorMatchesTheRecurrence: gen_fib(k) yields the first k Fibonacci numbers")
    void fibonacciGeneratorMatchesTheRecurrence() {
        qt().forAll(integers().between(0, 90)).checkAssert(k -> {
            List<Object> expected = new ArrayList<>();
            long a = 0;
            long b = 1;
            for (int i = 0; i < k; i++) {
                expected.add(b);
                long sum = a + b;
                a = b;
                b = sum;
            }
            assertThat(drain(GeneratorFunctions.fibonacci(new Interpreter(), k))).as("list(gen_fib(%d))", k).isEqualTo(expected);
        });
    }

    @Test
    @DisplayName("keeps every variable in the frame: two generators from one function do not share state")
    void independentFrames() {
        Interpreter interpreter = new Interpreter();
        Generator first = GeneratorFunctions.fibonacci(interpreter, 10);
        Generator second = GeneratorFunctions.fibonacci(interpreter, 10);
        for (int i = 0; i < 5; i++) {
            first.__next__();
        }
        assertThat(second.__next__()).as("next(second) after five next(first)").isEqualTo(1L);
        assertThat(first.__next__()).as("the sixth number of first").isEqualTo(8L);
        assertThat(first.giFrame().locals()).as("gen_fib's f_locals after six next() calls")
                .containsEntry("n", 5).containsEntry("a", 5L).containsEntry("b", 8L).containsEntry("index", 10);
    }

    @Test
    @DisplayName("matches CPython 3.11's state, gi_frame and f_locals after every next() in 241 generated traces")
    void matchesCPythonTraces() {
        Mismatches mismatches = new Mismatches("traces of state, gi_frame and f_locals (the first bad step of each)");
        for (JsonObject golden : Golden.cases("generators", "frames.json")) {
            String function = golden.get("function").getAsString();
            Generator gen = switch (function) {
                case "gen_func" -> GeneratorFunctions.notesExample(new Interpreter());
                case "countdown" -> GeneratorFunctions.countdown(new Interpreter(), golden.get("arg").getAsInt());
                default -> GeneratorFunctions.fibonacci(new Interpreter(), golden.get("arg").getAsInt());
            };
            String call = "g = " + function + "(" + (golden.get("arg").isJsonNull() ? "" : golden.get("arg")) + ")";
            checkTrace(mismatches, call, gen, golden.getAsJsonArray("steps"));
        }
        mismatches.assertNone();
    }

    /** One trace is one case: it disagrees at its first step that differs from CPython's. */
    private static void checkTrace(Mismatches mismatches, String call, Generator gen, JsonArray steps) {
        for (int index = 0; index < steps.size(); index++) {
            String expected = describe(steps.get(index).getAsJsonObject());
            String actual = index == 0 ? snapshot(gen, "<created>") : nextStep(gen);
            if (!expected.equals(actual)) {
                mismatches.disagreed(call + "; next(g)" + " x" + index, expected, actual);
                return;
            }
        }
        mismatches.agreed();
    }

    private static String nextStep(Generator gen) {
        String result;
        try {
            result = "yielded " + Repr.of(gen.__next__());
        } catch (StopIteration stop) {
            result = "stopped, returned " + Repr.of(stop.value());
        }
        return snapshot(gen, result);
    }

    private static String snapshot(Generator gen, String result) {
        Frame frame = gen.giFrame();
        String locals = frame == null ? "gi_frame None" : "locals " + Repr.of(new TreeMap<>(frame.locals()));
        return result + "; " + gen.state() + "; " + locals;
    }

    private static String describe(JsonObject step) {
        String result = step.get("call").getAsString().equals("<created>") ? "<created>"
                : step.has("yielded") ? "yielded " + pyRepr(step.get("yielded"))
                : "stopped, returned " + pyRepr(step.get("returned"));
        String locals;
        if (step.get("frameIsNone").getAsBoolean()) {
            locals = "gi_frame None";
        } else {
            Map<String, String> sorted = new TreeMap<>();
            step.getAsJsonObject("locals").entrySet().forEach(e -> sorted.put(e.getKey(), pyRepr(e.getValue())));
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(Repr.of(k)).append(": ").append(v));
            locals = "locals " + out.append('}');
        }
        return result + "; " + step.get("state").getAsString() + "; " + locals;
    }

    private static String pyRepr(JsonElement value) {
        if (value.isJsonNull()) {
            return "None";
        }
        if (value.getAsJsonPrimitive().isString()) {
            return Repr.of(value.getAsString());
        }
        return value.getAsJsonPrimitive().getAsBigInteger().toString();
    }
}
