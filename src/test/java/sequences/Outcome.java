package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import py.PyBaseException;

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

    /** Compares a Java call against this outcome; returns a description of the mismatch, or null. */
    <T> String mismatch(Supplier<T> call, java.util.function.Function<T, Object> asJson) {
        Throwable thrown = catchThrowable(() -> {
            T result = call.get();
            if (!raises()) {
                JsonElement actual = toJson(asJson.apply(result));
                if (!sameJson(actual, value)) {
                    throw new Mismatch("expected " + value + " but got " + actual);
                }
            }
        });
        if (thrown instanceof Mismatch mismatch) {
            return mismatch.getMessage();
        }
        if (raises()) {
            if (thrown instanceof PyBaseException python && python.pythonType().equals(error)
                    && message.equals(python.getMessage())) {
                return null;
            }
            return "expected " + error + ": " + message + " but "
                    + (thrown == null ? "nothing was raised" : "got " + thrown);
        }
        return thrown == null ? null : "expected " + value + " but got " + thrown;
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

    /** Asserts that no case mismatched, listing the first few with their inputs. */
    static void assertNoMismatches(String what, List<String> mismatches, int total) {
        List<String> shown = new ArrayList<>(mismatches.subList(0, Math.min(8, mismatches.size())));
        assertThat(shown)
                .as("%s: %d of %d CPython cases disagree; the first ones:%n  %s", what, mismatches.size(), total,
                        String.join(System.lineSeparator() + "  ", shown))
                .isEmpty();
    }

    private static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message, null, false, false);
        }
    }
}
