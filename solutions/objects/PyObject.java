package objects;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import py.AttributeError;

/** Every Python value: it has an identity ({@link #id()}), a type ({@link #type()}) and a value. */
public abstract class PyObject {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    // Handed out once at birth and never reused while this JVM lives: stable and unique.
    private final long id = NEXT_ID.getAndIncrement();

    /** {@code type(obj)}: the class this object is an instance of. */
    public abstract PyType type();

    /** {@code obj.__bases__}: only classes have it, so an ordinary object raises AttributeError. */
    public List<PyType> bases() {
        // __bases__ lives on `type`, and type is not in the MRO of an ordinary instance's class.
        throw new AttributeError("'" + type().name() + "' object has no attribute '__bases__'");
    }

    /** {@code id(obj)}: the same number for the whole life of this object, and no other live object has it. */
    public final long id() {
        return id;
    }
}
