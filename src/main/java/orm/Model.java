package orm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of every model, like the notes' {@code BaseModel}: a model class declares its columns as
 * {@code public static final} {@link Field}s (class attributes), and each instance keeps its own
 * values in {@link #dict()}, keyed by attribute name, just as a Python object keeps them in
 * {@code __dict__}. Everything else is done by {@link ModelClass}, the metaclass analogue.
 *
 * <pre>{@code
 * public static final class Student extends Model {
 *     public static final Field id = new IntField().primaryKey();
 *     public static final Field name = new CharField(50);
 *     public static final Field age = new IntField(0, 150);
 * }
 * }</pre>
 */
public abstract class Model {
    private final Map<String, Object> dict = new LinkedHashMap<>();

    /** A model with no values set yet; use {@link ModelClass#create} to fill it from keyword arguments. */
    protected Model() {
    }

    /** {@code obj.__dict__}: this instance's own values, keyed by the fields' attribute names. */
    public final Map<String, Object> dict() {
        return dict;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + dict;
    }
}
