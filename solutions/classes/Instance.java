package classes;

import java.util.LinkedHashMap;
import java.util.Map;
import py.AttributeError;

/** An instance: its class, and its own attribute dict. */
public final class Instance {
    private final PyClass type;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    Instance(PyClass type) {
        this.type = type;
    }

    /** {@code type(self)}. */
    public PyClass type() {
        return type;
    }

    /** {@code self.__dict__}: only what was assigned on this instance. */
    public Map<String, Object> dict() {
        return dict;
    }

    /** {@code self.name = value}: always the instance dict, even when the class has the same name. */
    public void setattr(String attribute, Object value) {
        dict.put(attribute, value);
    }

    /** {@code self.name}: the instance dict first, then the MRO; functions found on a class come back bound. */
    public Object getattr(String attribute) {
        if (dict.containsKey(attribute)) {
            return dict.get(attribute); // a function stored on the instance is not bound
        }
        for (PyClass cls : type.mro()) {
            if (cls.dict().containsKey(attribute)) {
                return Binding.bind(cls.dict().get(attribute), this, type);
            }
        }
        throw new AttributeError("'" + type.name() + "' object has no attribute '" + attribute + "'");
    }
}
