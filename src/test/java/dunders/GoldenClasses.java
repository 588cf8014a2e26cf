package dunders;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import py.IndexError;
import py.PyBaseException;
import py.Repr;
import support.Golden;
import support.Mismatches;

/**
 * Rebuilds, in the Java model, the classes a golden case describes (see src/test/python/dunders_golden.py):
 * every dunder appends "Owner.__dunder__(self, args)" to a trace and then does what the case says.
 */
final class GoldenClasses {
    private final List<String> trace = new ArrayList<>();
    private final Map<Object, String> labels = new IdentityHashMap<>();
    private final Map<String, PyClass> classes = new LinkedHashMap<>();
    final Instance left;
    final Instance right;

    private GoldenClasses(JsonObject golden) {
        for (JsonElement element : golden.getAsJsonArray("classes")) {
            JsonObject spec = element.getAsJsonObject();
            String name = spec.get("name").getAsString();
            PyClass base = spec.get("base").isJsonNull() ? null : classes.get(spec.get("base").getAsString());
            PyClass cls = new PyClass(name, base);
            for (Map.Entry<String, JsonElement> method : spec.getAsJsonObject("methods").entrySet()) {
                cls.define(method.getKey(), body(name, method.getKey(), method.getValue()));
            }
            classes.put(name, cls);
        }
        left = new Instance(classes.get(golden.get("left").getAsString()));
        right = new Instance(classes.get(golden.get("right").getAsString()));
        labels.put(left, "a");
        labels.put(right, "b");
    }

    /** Replays every case of a fixture through {@code operation}: the disagreements in trace or outcome, ready to assert none. */
    static Mismatches check(String file, BiFunction<GoldenClasses, JsonObject, Object> operation) {
        Mismatches mismatches = new Mismatches("generated classes of " + file + " (trace of dunder calls, then the outcome)");
        for (JsonObject golden : Golden.cases("dunders", file)) {
            GoldenClasses run = new GoldenClasses(golden);
            mismatches.check(PythonSource.of(golden), expected(golden), run.outcome(operation, golden));
        }
        return mismatches;
    }

    private String outcome(BiFunction<GoldenClasses, JsonObject, Object> operation, JsonObject golden) {
        String result;
        try {
            Object value = operation.apply(this, golden);
            result = "value " + render(value, golden);
        } catch (PyBaseException error) {
            result = error.pythonType() + ": " + error.getMessage();
        } catch (RuntimeException other) {
            result = other.toString();
        }
        return "calls " + trace + " then " + result;
    }

    private String render(Object value, JsonObject golden) {
        String op = golden.get("op").getAsString();
        if (op.equals("hash") && trace.isEmpty()) {
            return "identity";
        }
        if (value instanceof String text && text.startsWith("<__main__.") && text.contains(" object at 0x")) {
            return "default";
        }
        return Repr.of(value);
    }

    private static String expected(JsonObject golden) {
        List<String> calls = new ArrayList<>();
        golden.getAsJsonArray("trace").forEach(call -> calls.add(call.getAsString()));
        JsonObject result = golden.getAsJsonObject("result");
        String outcome = result.has("error")
                ? result.get("error").getAsString() + ": " + result.get("message").getAsString()
                : "value " + expectedValue(result.get("value"));
        return "calls " + calls + " then " + outcome;
    }

    private static String expectedValue(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String text = value.getAsString();
            return text.equals("identity") || text.equals("default") ? text : Repr.of(text);
        }
        return Repr.of(toJava(value));
    }

    private PyFunction body(String owner, String method, JsonElement spec) {
        return (self, args) -> {
            List<String> shown = new ArrayList<>();
            shown.add(label(self));
            for (Object arg : args) {
                shown.add(label(arg));
            }
            trace.add(owner + "." + method + "(" + String.join(", ", shown) + ")");
            return behave(owner, method, spec, args);
        };
    }

    private static Object behave(String owner, String method, JsonElement spec, Object[] args) {
        if (spec.isJsonPrimitive()) {
            return spec.getAsString().equals("NI") ? NotImplemented.NOT_IMPLEMENTED : owner + "." + method;
        }
        JsonObject how = spec.getAsJsonObject();
        if (how.has("seq")) {
            JsonArray seq = how.getAsJsonArray("seq");
            int index = (Integer) args[0];
            if (index >= seq.size()) {
                throw new IndexError("list index out of range");
            }
            return toJava(seq.get(index));
        }
        if (how.has("iter")) {
            return ((List<?>) toJava(how.get("iter"))).iterator();
        }
        return toJava(how.get("const"));
    }

    private String label(Object value) {
        String label = labels.get(value);
        return label != null ? label : Repr.of(value);
    }

    static Object toJava(JsonElement value) {
        if (value.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            value.getAsJsonArray().forEach(element -> list.add(toJava(element)));
            return list;
        }
        if (value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        if (value.getAsJsonPrimitive().isNumber()) {
            return value.getAsInt();
        }
        return value.getAsString();
    }
}
