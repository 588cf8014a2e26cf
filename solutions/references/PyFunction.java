package references;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import py.TypeError;

/**
 * A {@code def} statement and the function object it makes. The default expressions are evaluated
 * ONCE, when the function is defined, and the resulting objects are stored in {@code __defaults__};
 * every call that omits an argument gets that very object.
 */
public final class PyFunction {
    private final String name;
    private final List<String> params;
    private final List<Object> defaults;
    private final Body body;

    /**
     * {@code def name(params): body}, where the last {@code defaultExpressions.size()} parameters
     * have defaults. Each expression is evaluated here, exactly once.
     */
    public PyFunction(String name, List<String> params, List<Supplier<?>> defaultExpressions, Body body) {
        if (defaultExpressions.size() > params.size()) {
            throw new IllegalArgumentException("more defaults than parameters");
        }
        this.name = name;
        this.params = List.copyOf(params);
        List<Object> evaluated = new ArrayList<>();
        for (Supplier<?> expression : defaultExpressions) {
            evaluated.add(expression.get());
        }
        this.defaults = evaluated.isEmpty() ? null : Collections.unmodifiableList(evaluated);
        this.body = body;
    }

    /** {@code f.__name__}. */
    public String name() {
        return name;
    }

    /** {@code f.__defaults__}: a tuple (an unmodifiable list) of the objects made at def time, or None. */
    public List<Object> defaults() {
        return defaults;
    }

    /** {@code f(*args)}: binds the arguments, fills omitted ones from {@code __defaults__}, runs the body. */
    public Object call(Object... args) {
        int withDefaults = defaults == null ? 0 : defaults.size();
        int required = params.size() - withDefaults;
        if (args.length > params.size()) {
            throw tooMany(args.length, required);
        }
        if (args.length < required) {
            throw missing(params.subList(args.length, required));
        }
        Map<String, Object> locals = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            locals.put(params.get(i), i < args.length ? args[i] : defaultFor(i - required));
        }
        return body.run(locals);
    }

    private Object defaultFor(int index) {
        Object value = defaults.get(index);
        // The opt-in fix: a PerCall default makes a fresh object for this call.
        return value instanceof PerCall perCall ? perCall.factory().get() : value;
    }

    private TypeError tooMany(int given, int required) {
        int most = params.size();
        String takes = required == most
                ? most + " positional argument" + (most == 1 ? "" : "s")
                : "from " + required + " to " + most + " positional arguments";
        return new TypeError(name + "() takes " + takes + " but " + given + (given == 1 ? " was" : " were") + " given");
    }

    private TypeError missing(List<String> absent) {
        List<String> quoted = absent.stream().map(p -> "'" + p + "'").toList();
        String names = switch (quoted.size()) {
            case 1 -> quoted.get(0);
            case 2 -> quoted.get(0) + " and " + quoted.get(1);
            default -> String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
        };
        return new TypeError(name + "() missing " + absent.size() + " required positional argument"
                + (absent.size() == 1 ? "" : "s") + ": " + names);
    }
}
