package dunders;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import py.Repr;

/**
 * A generated golden case written back as the Python that CPython ran, one line, so that a mismatch
 * report shows the classes and the call: {@code class A: pass; class B(A): def __len__(self): return 3; a = B(); len(a)}.
 */
final class PythonSource {
    private PythonSource() {
    }

    static String of(JsonObject golden) {
        List<String> lines = new ArrayList<>();
        for (JsonElement element : golden.getAsJsonArray("classes")) {
            lines.add(classLine(element.getAsJsonObject()));
        }
        lines.add("a, b = " + golden.get("left").getAsString() + "(), " + golden.get("right").getAsString() + "()");
        lines.add(call(golden));
        return String.join("; ", lines);
    }

    private static String classLine(JsonObject spec) {
        String name = spec.get("name").getAsString();
        String header = "class " + name + (spec.get("base").isJsonNull() ? "" : "(" + spec.get("base").getAsString() + ")") + ":";
        List<String> methods = new ArrayList<>();
        for (Map.Entry<String, JsonElement> method : spec.getAsJsonObject("methods").entrySet()) {
            methods.add(" def " + method.getKey() + "(self, *args): return " + body(name, method.getKey(), method.getValue()));
        }
        return methods.isEmpty() ? header + " pass" : header + String.join(";", methods);
    }

    /** What a method returns, as GoldenClasses makes it behave. */
    private static String body(String owner, String method, JsonElement spec) {
        if (spec.isJsonPrimitive()) {
            return spec.getAsString().equals("NI") ? "NotImplemented" : Repr.of(owner + "." + method);
        }
        JsonObject how = spec.getAsJsonObject();
        if (how.has("seq")) {
            return Repr.of(GoldenClasses.toJava(how.get("seq"))) + "[args[0]]";
        }
        if (how.has("iter")) {
            return "iter(" + Repr.of(GoldenClasses.toJava(how.get("iter"))) + ")";
        }
        return Repr.of(GoldenClasses.toJava(how.get("const")));
    }

    private static String call(JsonObject golden) {
        return switch (golden.get("op").getAsString()) {
            case "add" -> "a + b";
            case "eq" -> "a == b";
            case "ne" -> "a != b";
            case "contains" -> golden.get("item") + " in a";
            default -> golden.get("op").getAsString() + "(a)";
        };
    }
}
