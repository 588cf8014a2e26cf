package dicts;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import py.PyBaseException;
import py.Repr;
import support.Mismatches;
import support.PyJson;

/**
 * Replays one case of dict_layout.json on a PyDict: after every step, the result, repr(d), the
 * index array and the number of dense entries must be CPython's. The case counts as one; it
 * disagrees at its first step that differs, shown as the Python script up to that step.
 */
final class LayoutScript {
    private final PyJson values = GoldenValues.forDicts();
    private final StringBuilder script = new StringBuilder("d = {}");
    private PyDict d = new PyDict();

    /** Replays the case and records it in mismatches. */
    static void replay(JsonObject recorded, Mismatches mismatches) {
        new LayoutScript().run(recorded.getAsJsonArray("ops"), mismatches);
    }

    private void run(JsonArray ops, Mismatches mismatches) {
        for (JsonElement element : ops) {
            JsonObject step = element.getAsJsonObject();
            JsonArray op = step.getAsJsonArray("op");
            script.append("; ").append(python(op, "d"));
            String expected = state(step.get("result").isJsonNull() ? null : step.get("result").getAsString(),
                    step.get("repr").getAsString(), toInts(step.getAsJsonArray("indices")), step.get("nentries").getAsInt());
            String actual;
            try {
                String result = apply(op);
                actual = state(result, d.toString(), d.indexTable(), d.entryCount());
            } catch (RuntimeException broken) {
                actual = broken.toString();
            }
            if (!expected.equals(actual)) {
                mismatches.disagreed(script.toString(), expected, actual);
                return;
            }
        }
        mismatches.agreed();
    }

    private static String state(String result, String repr, int[] indices, int entries) {
        return (result == null ? "" : "-> " + result + ", ") + "d = " + repr + ", indices " + Arrays.toString(indices) + ", " + entries + " entries";
    }

    /** Runs one step on d; returns repr() of what it returns, "Error: message" for a Python exception, null for nothing. */
    private String apply(JsonArray op) {
        String name = op.get(0).getAsString();
        try {
            return switch (name) {
                case "set" -> {
                    d.setItem(key(op), op.get(2).getAsLong());
                    yield null;
                }
                case "del" -> {
                    d.delItem(key(op));
                    yield null;
                }
                case "getitem" -> Repr.of(d.getItem(key(op)));
                case "pop" -> Repr.of(d.pop(key(op)));
                case "popdefault" -> Repr.of(d.pop(key(op), op.get(2).getAsLong()));
                case "setdefault" -> Repr.of(d.setdefault(key(op), op.get(2).getAsLong()));
                case "get" -> Repr.of(d.get(key(op)));
                case "in" -> Repr.of(d.contains(key(op)));
                case "popitem" -> {
                    Map.Entry<Object, Object> item = d.popitem();
                    yield "(" + Repr.of(item.getKey()) + ", " + Repr.of(item.getValue()) + ")";
                }
                default -> rebuild(name, op);
            };
        } catch (PyBaseException python) {
            return python.pythonType() + ": " + python.getMessage();
        }
    }

    /** The steps that make d anew or from another dict: clear, copy, update, fromkeys. */
    private String rebuild(String name, JsonArray op) {
        switch (name) {
            case "clear" -> d.clear();
            case "copy" -> d = d.copy();
            case "update" -> d.update(buildOther(op.get(1).getAsJsonArray()));
            case "fromkeys" -> {
                Iterable<?> source = op.get(1).getAsString().equals("dict")
                        ? buildOther(op.get(2).getAsJsonArray())
                        : op.get(2).getAsJsonArray().asList().stream().map(values::decode).toList();
                d = PyDict.fromkeys(source, 0L);
            }
            default -> throw new IllegalArgumentException("unknown step " + name);
        }
        return null;
    }

    /** The other dict of an update or fromkeys, built by its own script. */
    private PyDict buildOther(JsonArray steps) {
        PyDict other = new PyDict();
        for (JsonElement element : steps) {
            JsonArray step = element.getAsJsonArray();
            switch (step.get(0).getAsString()) {
                case "set" -> other.setItem(key(step), step.get(2).getAsLong());
                case "del" -> other.delItem(key(step));
                default -> other.popitem();
            }
        }
        return other;
    }

    private Object key(JsonArray op) {
        return values.decode(op.get(1));
    }

    /** One step in Python notation, on the dict named dict. */
    private static String python(JsonArray op, String dict) {
        String name = op.get(0).getAsString();
        String key = op.size() > 1 && op.get(1).isJsonObject() ? PyJson.python(op.get(1)) : "";
        String value = op.size() > 2 && op.get(2).isJsonPrimitive() ? op.get(2).getAsString() : "";
        return switch (name) {
            case "set" -> dict + "[" + key + "] = " + value;
            case "del" -> "del " + dict + "[" + key + "]";
            case "pop", "get", "setdefault" -> dict + "." + name + "(" + key + (value.isEmpty() ? "" : ", " + value) + ")";
            case "popdefault" -> dict + ".pop(" + key + ", " + value + ")";
            case "in" -> key + " in " + dict;
            case "getitem" -> dict + "[" + key + "]";
            case "copy" -> dict + " = " + dict + ".copy()";
            case "update" -> otherScript(op.get(1)) + "; " + dict + ".update(o)";
            case "fromkeys" -> (op.get(1).getAsString().equals("dict") ? otherScript(op.get(2)) + "; " : "")
                    + dict + " = dict.fromkeys(" + (op.get(1).getAsString().equals("dict")
                    ? "o, 0)" : op.get(2).getAsJsonArray().asList().stream().map(PyJson::python)
                            .collect(Collectors.joining(", ", "[", "], 0)")));
            default -> dict + "." + name + "()";
        };
    }

    /** The script that builds the other dict o, in Python notation. */
    private static String otherScript(JsonElement steps) {
        return Stream.concat(Stream.of("o = {}"), steps.getAsJsonArray().asList().stream().map(step -> python(step.getAsJsonArray(), "o")))
                .collect(Collectors.joining("; "));
    }

    private static int[] toInts(JsonArray array) {
        return array.asList().stream().mapToInt(JsonElement::getAsInt).toArray();
    }
}
