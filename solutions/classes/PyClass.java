package classes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import py.AttributeError;
import py.TypeError;

/** A class: a name, its bases, its MRO (fixed at creation) and its namespace. */
public final class PyClass {
    private static final PyClass OBJECT = new PyClass();

    private final String name;
    private final List<PyClass> bases;
    private final List<PyClass> mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    final List<PyClass> subclasses = new ArrayList<>();
    final List<PyClass> registry = new ArrayList<>();
    Function<PyClass, Boolean> subclassHook;

    private PyClass() {
        this.name = "object";
        this.bases = List.of();
        this.mro = List.of(this);
    }

    /** {@code class name(*bases): ...}; no bases means {@code (object,)}. Raises TypeError for an impossible MRO. */
    public PyClass(String name, PyClass... bases) {
        this.name = name;
        this.bases = bases.length == 0 ? List.of(OBJECT) : List.of(bases);
        // The MRO is computed once, when the class statement runs, so a bad hierarchy fails right here.
        this.mro = List.copyOf(C3.linearize(this, this.bases));
        for (PyClass base : this.bases) {
            base.subclasses.add(this);
        }
    }

    /** {@code object}. */
    public static PyClass object() {
        return OBJECT;
    }

    /** {@code cls.__name__}. */
    public String name() {
        return name;
    }

    /** {@code cls.__bases__}. */
    public List<PyClass> bases() {
        return bases;
    }

    /** {@code cls.__mro__}: this class first, object last. */
    public List<PyClass> mro() {
        return mro;
    }

    /** An assignment in the class body, {@code name = value}; returns this class so definitions chain. */
    public PyClass define(String attribute, Object value) {
        dict.put(attribute, value);
        return this;
    }

    /** {@code cls.__dict__}: this class's own namespace, without inherited names. */
    public Map<String, Object> dict() {
        return dict;
    }

    /** {@code cls.name}: the first class along the MRO that has it; functions stay unbound, classmethods bind cls. */
    public Object getattr(String attribute) {
        for (PyClass cls : mro) {
            if (cls.dict.containsKey(attribute)) {
                return Binding.bind(cls.dict.get(attribute), null, this);
            }
        }
        throw new AttributeError("type object '" + name + "' has no attribute '" + attribute + "'");
    }

    /** {@code cls()}: a new instance, unless the class still has abstract methods. */
    public Instance call() {
        Set<String> missing = abstractMethods();
        if (!missing.isEmpty()) {
            String plural = missing.size() == 1 ? "method " : "methods ";
            throw new TypeError("Can't instantiate abstract class " + name + " with abstract " + plural
                    + String.join(", ", missing));
        }
        return new Instance(this);
    }

    /** {@code cls.__abstractmethods__}: names whose nearest definition along the MRO is still abstract, sorted. */
    public Set<String> abstractMethods() {
        Set<String> abstracts = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (PyClass cls : mro) {
            for (Map.Entry<String, Object> entry : cls.dict.entrySet()) {
                // Only the nearest definition counts: an override further up the MRO hides the abstract one.
                if (seen.add(entry.getKey()) && entry.getValue() instanceof AbstractMethod) {
                    abstracts.add(entry.getKey());
                }
            }
        }
        return abstracts;
    }

    /** {@code Abc.register(subclass)}: a virtual subclass, without inheritance. */
    public void register(PyClass subclass) {
        registry.add(subclass);
    }

    /** {@code __subclasshook__}: answers TRUE, FALSE, or null for NotImplemented (fall back to the usual checks). */
    public void subclassHook(Function<PyClass, Boolean> hook) {
        this.subclassHook = hook;
    }

}
