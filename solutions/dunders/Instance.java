package dunders;

import java.util.HashMap;
import java.util.Map;
import py.AttributeError;

/** An instance of a {@link PyClass}, with its own attribute dict ({@code obj.__dict__}). */
public final class Instance {
    private final PyClass type;
    private final Map<String, Object> dict = new HashMap<>();

    /** {@code cls()}. */
    public Instance(PyClass type) {
        this.type = type;
    }

    /** {@code type(self)}. */
    public PyClass type() {
        return type;
    }

    /** {@code self.name = value}: stored in the instance's own dict. */
    public void setattr(String name, Object value) {
        dict.put(name, value);
    }

    /** {@code self.name}: the instance dict first, then the class (a method found there is returned unbound). */
    public Object getattr(String name) {
        if (dict.containsKey(name)) {
            return dict.get(name);
        }
        PyFunction method = type.lookup(name);
        if (method == null) {
            throw new AttributeError("'" + type.name() + "' object has no attribute '" + name + "'");
        }
        return method;
    }
}
