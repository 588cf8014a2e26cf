package support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import py.Repr;

/**
 * Python values as the golden generators write them, tagged so that 1, 1.0 and True stay apart:
 * {@code {"int": 5}}, {@code {"bool": true}}, {@code {"float": "<hex of the 64 IEEE bits>"}},
 * {@code {"str": "a"}}, {@code {"none": null}}, containers such as {@code {"list": [...]}},
 * {@code {"tuple": [...]}}, {@code {"set": [...]}} and {@code {"frozenset": [...]}}, and
 * {@code {"nan": 1}}, one particular nan object. A kata says what each container becomes.
 * src/test/python/golden_values.py writes them.
 *
 * <p>Use one decoder per case: within it, the same {@code {"nan": n}} is the same Double object,
 * because {@code x in seq} and dict lookups test identity before equality.
 */
public final class PyJson {
    private final Map<String, Function<List<Object>, Object>> containers;
    private final Map<Integer, Double> nans = new HashMap<>();

    /** containers: what each container tag the kata uses ("list", "tuple", "set", ...) becomes, from its items. */
    public PyJson(Map<String, Function<List<Object>, Object>> containers) {
        this.containers = Map.copyOf(containers);
    }

    /** The Java stand-in: Integer (Long, BigInteger when larger), Boolean, Double, String, null, or the kata's containers. */
    public Object decode(JsonElement tagged) {
        Map.Entry<String, JsonElement> entry = only(tagged);
        JsonElement value = entry.getValue();
        return switch (entry.getKey()) {
            case "int" -> integer(value.getAsBigInteger());
            case "bool" -> value.getAsBoolean();
            case "float" -> Double.longBitsToDouble(Long.parseUnsignedLong(value.getAsString(), 16));
            // A fresh box per nan number (Double.valueOf never caches): each is its own object, as in Python.
            case "nan" -> nans.computeIfAbsent(value.getAsInt(), n -> Double.valueOf(Double.NaN));
            case "str" -> value.getAsString();
            case "none" -> null;
            default -> {
                Function<List<Object>, Object> container = containers.get(entry.getKey());
                if (container == null) {
                    throw new IllegalArgumentException("no Java form for the golden value " + tagged);
                }
                yield container.apply(decodeAll(value));
            }
        };
    }

    /** The value in Python notation, written without any code under test: {@code [1, 1.0, True]}, {@code (1e+16,)}. */
    public static String python(JsonElement tagged) {
        Map.Entry<String, JsonElement> entry = only(tagged);
        JsonElement value = entry.getValue();
        return switch (entry.getKey()) {
            case "int" -> value.getAsBigInteger().toString();
            case "bool" -> value.getAsBoolean() ? "True" : "False";
            case "float" -> Repr.of(Double.longBitsToDouble(Long.parseUnsignedLong(value.getAsString(), 16)));
            case "nan" -> "nan";
            case "str" -> Repr.of(value.getAsString());
            case "none" -> "None";
            case "list" -> "[" + pythonAll(value) + "]";
            case "tuple" -> value.getAsJsonArray().size() == 1 ? "(" + pythonAll(value) + ",)" : "(" + pythonAll(value) + ")";
            case "set" -> value.getAsJsonArray().isEmpty() ? "set()" : "{" + pythonAll(value) + "}";
            case "frozenset" -> value.getAsJsonArray().isEmpty() ? "frozenset()" : "frozenset({" + pythonAll(value) + "})";
            default -> throw new IllegalArgumentException("unknown tag in golden value " + tagged);
        };
    }

    /** The Java stand-ins of a JSON array of tagged values, in order. */
    public List<Object> decodeAll(JsonElement items) {
        List<Object> decoded = new ArrayList<>();
        items.getAsJsonArray().forEach(item -> decoded.add(decode(item)));
        return decoded;
    }

    private static String pythonAll(JsonElement items) {
        return items.getAsJsonArray().asList().stream().map(PyJson::python).collect(Collectors.joining(", "));
    }

    private static Object integer(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }

    private static Map.Entry<String, JsonElement> only(JsonElement tagged) {
        JsonObject object = tagged.getAsJsonObject();
        if (object.size() != 1) {
            throw new IllegalArgumentException("a golden value has exactly one tag: " + tagged);
        }
        return object.entrySet().iterator().next();
    }
}
