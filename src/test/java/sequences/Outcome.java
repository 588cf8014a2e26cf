package sequences;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import py.PyBaseException;
import support.Mismatches;

/** What CPython recorded for one call in a golden fixture: a value, or an exception type and message. */
record Outcome(JsonElement value, String error, String message) {

    static Outcome of(JsonObject recorded) {
        return recorded.has("error")
                ? new Outcome(null, recorded.get("error").getAsString(), recorded.get("message").getAsString())
                : new Outcome(recorded.get("value"), null, null);
    }

    boolean raises() {
        return error != null;
    }

    /** CPython's answer as a mismatch report shows it: the JSON value, or {@code Error: message}. */
    @Override
    public String toString() {
        return raises() ? error + ": " + message : String.valueOf(value);
    }

    /** What a Java call gave, shown like {@link #toString()}, and whether it agrees with this outcome. */
    record Answer(String shown, boolean agrees) {
    }

    /** Runs call and compares it with this outcome: the same value as JSON, or the same Python exception and message. */
    <T> Answer answer(Supplier<T> call, Function<T, Object> asJson) {
        T result;
        try {
            result = call.get();
        } catch (PyBaseException python) {
            String shown = python.pythonType() + ": " + python.getMessage();
            return new Answer(shown, raises() && python.pythonType().equals(error) && message.equals(python.getMessage()));
        } catch (RuntimeException | Error other) {
            return new Answer(other.getClass().getSimpleName() + ": " + other.getMessage(), false);
        }
        JsonElement actual;
        try {
            actual = toJson(asJson.apply(result));
        } catch (RuntimeException unreadable) {
            return new Answer(unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage(), false);
        }
        return new Answer(actual.toString(), !raises() && sameJson(actual, value));
    }

    /** Checks one case and records it, under the call in Python notation. */
    <T> void check(Mismatches mismatches, String pythonCall, Supplier<T> call, Function<T, Object> asJson) {
        Answer answer = answer(call, asJson);
        if (answer.agrees()) {
            mismatches.agreed();
        } else {
            mismatches.disagreed(pythonCall, this, answer.shown());
        }
    }

    /** The Java result as JSON: lists, int arrays, maps, numbers, strings, booleans and null. */
    static JsonElement toJson(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof String text) {
            return new JsonPrimitive(text);
        }
        if (value instanceof Boolean flag) {
            return new JsonPrimitive(flag);
        }
        if (value instanceof int[] ints) {
            JsonArray array = new JsonArray();
            for (int item : ints) {
                array.add(item);
            }
            return array;
        }
        if (value instanceof Iterable<?> items) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, item) -> object.add(key.toString(), toJson(item)));
            return object;
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }

    /** JSON equality where numbers compare by value, so Java's 1.0E10 equals Python's 10000000000.0. */
    static boolean sameJson(JsonElement left, JsonElement right) {
        if (left.isJsonPrimitive() && right.isJsonPrimitive()
                && left.getAsJsonPrimitive().isNumber() && right.getAsJsonPrimitive().isNumber()) {
            return left.getAsBigDecimal().compareTo(right.getAsBigDecimal()) == 0;
        }
        if (left.isJsonArray() && right.isJsonArray()) {
            JsonArray a = left.getAsJsonArray();
            JsonArray b = right.getAsJsonArray();
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (left.isJsonObject() && right.isJsonObject()) {
            JsonObject a = left.getAsJsonObject();
            JsonObject b = right.getAsJsonObject();
            return a.keySet().equals(b.keySet())
                    && a.keySet().stream().allMatch(key -> sameJson(a.get(key), b.get(key)));
        }
        return left.equals(right);
    }
}
