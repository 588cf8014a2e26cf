package references;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class {@code Obj} on a {@link Heap}: a label, attributes, and a reference count. */
public final class PyObj {
    final String label;
    final Finalizer finalizer;
    final Map<String, PyObj> attributes = new LinkedHashMap<>();
    int refcount;
    boolean finalized;
    boolean alive = true;

    PyObj(String label, Finalizer finalizer) {
        this.label = label;
        this.finalizer = finalizer;
    }

    /** The name the object was created under, as its {@code __del__} would print it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "<Obj " + label + (alive ? "" : " (freed)") + ">";
    }
}
