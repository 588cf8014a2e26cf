package references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import py.NameError;

/**
 * A namespace: a table from names to objects. A name is a reference, not a box: binding a name
 * never copies the object, and unbinding a name never destroys it.
 */
public final class Namespace {
    private final Map<String, Object> bindings = new HashMap<>();

    /** {@code name = value}: the name now refers to that very object. */
    public void bind(String name, Object value) {
        bindings.put(name, value);
    }

    /** {@code target = source}: binds a second name to the object the first one refers to. */
    public void assign(String target, String source) {
        bind(target, lookup(source));
    }

    /** Evaluating {@code name}: NameError when the name is not bound. */
    public Object lookup(String name) {
        if (!bindings.containsKey(name)) {
            throw notDefined(name);
        }
        return bindings.get(name);
    }

    /** {@code del name}: removes the name only; the object lives on if anything else refers to it. */
    public void del(String name) {
        if (!bindings.containsKey(name)) {
            throw notDefined(name);
        }
        bindings.remove(name);
    }

    /** The names bound to exactly this object (compared with {@code is}). */
    public List<String> namesOf(Object value) {
        List<String> names = new ArrayList<>();
        bindings.forEach((name, bound) -> {
            if (bound == value) {
                names.add(name);
            }
        });
        names.sort(null);
        return names;
    }

    private static NameError notDefined(String name) {
        return new NameError("name '" + name + "' is not defined");
    }
}
