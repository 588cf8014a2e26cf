package coroutines;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.GeneratorExit;
import py.KeyError;
import py.PyBaseException;
import py.Repr;
import py.StopIteration;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@DisplayName("Golden traces: random next/send/throw/close sequences replayed against CPython 3.11's outcomes")
class GoldenTracesSpec {

    @Test
    @Tag("task-2")
    @DisplayName("plain generators (simple, echo, stubborn, cleanup, leaky, accumulator, catch_and_return) match CPython step by step")
    void plainGenerators() {
        replay(Programs.GENERATORS);
    }

    @Test
    @Tag("task-3")
    @DisplayName("delegating generators (yield from a generator and from a list) match CPython step by step")
    void delegatingGenerators() {
        replay(Programs.DELEGATING);
    }

    @Test
    @Tag("task-4")
    @DisplayName("coroutines awaiting custom awaitables and other coroutines match CPython step by step")
    void coroutines() {
        replay(Programs.COROUTINES);
    }

    private static void replay(List<String> programs) {
        Mismatches mismatches = new Mismatches("traces that disagree with CPython (the script up to the first bad step)");
        for (JsonObject trace : Golden.cases("coroutines", "traces.json")) {
            String program = trace.get("program").getAsString();
            if (programs.contains(program)) {
                replayTrace(mismatches, program, trace.getAsJsonArray("steps"));
            }
        }
        assertThat(mismatches.cases()).as("traces in the fixture for %s", programs).isGreaterThan(50);
        mismatches.assertNone();
    }

    /** One trace is one case: it disagrees at its first step that differs from CPython's. */
    private static void replayTrace(Mismatches mismatches, String program, JsonArray steps) {
        GeneratorProtocol subject = Programs.create(program);
        List<String> script = new ArrayList<>(List.of("g = " + program + "()"));
        for (JsonElement element : steps) {
            JsonObject step = element.getAsJsonObject();
            script.add(describeCall(step));
            String expected = expected(step);
            String actual = perform(subject, step);
            if (!expected.equals(actual)) {
                mismatches.disagreed(String.join("; ", script), expected, actual);
                return;
            }
        }
        mismatches.agreed();
    }

    private static String describeCall(JsonObject step) {
        String op = step.get("op").getAsString();
        return switch (op) {
            case "next" -> "next(g)";
            case "close" -> "g.close()";
            case "send" -> "g.send(" + (step.get("arg").isJsonNull() ? "None" : step.get("arg").getAsString()) + ")";
            default -> "g.throw(" + exception(step.get("arg").getAsString()) + ")";
        };
    }

    private static PyBaseException exception(String type) {
        return switch (type) {
            case "ValueError" -> new ValueError("boom");
            case "KeyError" -> new KeyError("k");
            case "GeneratorExit" -> new GeneratorExit("bye");
            default -> new StopIteration("s");
        };
    }

    private static String perform(GeneratorProtocol subject, JsonObject step) {
        String outcome;
        try {
            Object out = switch (step.get("op").getAsString()) {
                case "next" -> ((Generator) subject).__next__();
                case "send" -> subject.send(step.get("arg").isJsonNull() ? null : step.get("arg").getAsInt());
                case "throw" -> subject.throw_(exception(step.get("arg").getAsString()));
                default -> {
                    subject.close();
                    yield null;
                }
            };
            outcome = "yielded " + Repr.of(out);
        } catch (PyBaseException error) {
            // StopIteration is compared by its value: py.StopIteration's message is Java's toString of it.
            outcome = error.pythonType()
                    + (error instanceof StopIteration stop ? " value=" + Repr.of(stop.value()) : "(" + Repr.of(error.getMessage()) + ")")
                    + (error.getCause() instanceof PyBaseException cause ? " from " + cause.pythonType() : "");
        }
        String state;
        boolean frameIsNone;
        if (subject instanceof Coroutine coroutine) {
            state = coroutine.state().name();
            frameIsNone = coroutine.crFrame() == null;
        } else {
            state = ((Generator) subject).state().name();
            frameIsNone = ((Generator) subject).giFrame() == null;
        }
        return outcome + ", " + state + (frameIsNone ? ", frame None" : ", frame live");
    }

    private static String expected(JsonObject step) {
        JsonObject result = step.getAsJsonObject("result");
        String outcome;
        if (result.has("yielded")) {
            outcome = "yielded " + result.get("yielded").getAsString();
        } else {
            outcome = result.get("error").getAsString()
                    + (result.has("value") ? " value=" + result.get("value").getAsString() : "(" + Repr.of(result.get("message").getAsString()) + ")")
                    + (result.has("cause") ? " from " + result.get("cause").getAsString() : "");
        }
        return outcome + ", " + step.get("state").getAsString() + (step.get("frameIsNone").getAsBoolean() ? ", frame None" : ", frame live");
    }
}
