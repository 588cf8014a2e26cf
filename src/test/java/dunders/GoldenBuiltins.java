package dunders;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import py.PyBaseException;
import py.Repr;
import py.TypeName;
import support.Golden;
import support.Mismatches;

/**
 * Replays the built-in cases of {@code builtins.json} (see src/test/python/dunders_golden.py): CPython's
 * {@code len}, {@code bool}, {@code str}, {@code repr}, {@code hash} and {@code +} on plain values, each
 * value tagged with its Python type so that {@code 1}, {@code True} and {@code 1.0} stay apart.
 */
final class GoldenBuiltins {
    private GoldenBuiltins() {
    }

    /** Replays every case of {@code op} through {@code operation}: the disagreements, ready to assert none. */
    static Mismatches check(String op, Function<Object[], Object> operation) {
        Mismatches mismatches = new Mismatches(op + " on built-in values");
        for (JsonObject golden : Golden.cases("dunders", "builtins.json")) {
            if (golden.get("op").getAsString().equals(op)) {
                List<Object> args = new ArrayList<>();
                golden.getAsJsonArray("args").forEach(arg -> args.add(toJava(arg)));
                mismatches.check(call(op, args), expected(golden.getAsJsonObject("result")), outcome(operation, args.toArray()));
            }
        }
        if (mismatches.cases() == 0) {
            throw new IllegalStateException("builtins.json has no '" + op + "' cases: regenerate it");
        }
        return mismatches;
    }

    /** The case in Python notation: {@code 1 + 2.0}, {@code len([1])}; repr keeps 1, 1.0 and True apart. */
    private static String call(String op, List<Object> args) {
        List<String> shown = args.stream().map(Repr::of).toList();
        return op.equals("add") ? String.join(" + ", shown) : op + "(" + String.join(", ", shown) + ")";
    }

    private static String outcome(Function<Object[], Object> operation, Object[] args) {
        try {
            return typed(operation.apply(Arrays.copyOf(args, args.length)));
        } catch (PyBaseException error) {
            return error.pythonType() + ": " + error.getMessage();
        } catch (RuntimeException other) {
            return other.toString();
        }
    }

    private static String expected(JsonObject result) {
        return result.has("error")
                ? result.get("error").getAsString() + ": " + result.get("message").getAsString()
                : typed(toJava(result.get("value")));
    }

    /** A value as "type repr", e.g. {@code int 4} or {@code float 4.0}, so that 4 and 4.0 and True differ. */
    private static String typed(Object value) {
        return TypeName.of(value) + " " + Repr.of(value);
    }

    /** {"int": 1} is Integer, {"bool": true} Boolean, {"float": 2.5} Double, {"str": ..}, {"list": [..]}, {"None": null}. */
    static Object toJava(JsonElement tagged) {
        Map.Entry<String, JsonElement> only = tagged.getAsJsonObject().entrySet().iterator().next();
        JsonElement value = only.getValue();
        return switch (only.getKey()) {
            case "int" -> value.getAsInt();
            case "bool" -> value.getAsBoolean();
            case "float" -> value.getAsDouble();
            case "str" -> value.getAsString();
            case "None" -> null;
            case "list" -> {
                List<Object> list = new ArrayList<>();
                value.getAsJsonArray().forEach(item -> list.add(toJava(item)));
                yield list;
            }
            default -> throw new IllegalStateException("unknown tag in builtins.json: " + only.getKey());
        };
    }
}
