package orm;

import java.util.List;
import java.util.Map;

/**
 * What the notes' {@code ModelMetaClass.__new__} computes, computed once per model class: the fields
 * in declaration order (each named through {@code setName}), the primary key and the table name.
 * Creating instances from keyword arguments ({@link #create}) is the metaclass's {@code __call__}.
 */
public final class ModelClass<M extends Model> {
    private ModelClass() {
    }

    /** The metadata of {@code model}, built on first use and the same object on every later call. */
    public static <M extends Model> ModelClass<M> of(Class<M> model) {
        throw new UnsupportedOperationException("TODO(task 2): build the metadata of a model class once and reuse it - see katas/orm/README.md#task-2");
    }

    /** The model's class name, e.g. {@code Student}. */
    public String modelName() {
        throw new UnsupportedOperationException("TODO(task 2): return the model class name - see katas/orm/README.md#task-2");
    }

    /** {@code @DbTable("...")} if present, else the lowercase class name. */
    public String tableName() {
        throw new UnsupportedOperationException("TODO(task 2): return the table name - see katas/orm/README.md#task-2");
    }

    /** Every field, in declaration order. */
    public List<Field> fields() {
        throw new UnsupportedOperationException("TODO(task 2): return the fields in declaration order - see katas/orm/README.md#task-2");
    }

    /** The one field marked {@code primaryKey()}. */
    public Field primaryKey() {
        throw new UnsupportedOperationException("TODO(task 2): return the primary key field - see katas/orm/README.md#task-2");
    }

    /** The field with this attribute name; AttributeError {@code 'Student' object has no attribute 'x'} if none. */
    public Field field(String attribute) {
        throw new UnsupportedOperationException("TODO(task 2): return the field with this attribute name - see katas/orm/README.md#task-2");
    }

    /** {@code Student(**kwargs)}: a new instance with every keyword assigned through its field. */
    public M create(Map<String, ?> kwargs) {
        throw new UnsupportedOperationException("TODO(task 2): make an instance from keyword arguments - see katas/orm/README.md#task-2");
    }

    /** {@code getattr(instance, attribute)} through the field. */
    public Object getattr(M instance, String attribute) {
        throw new UnsupportedOperationException("TODO(task 2): read an attribute through its field - see katas/orm/README.md#task-2");
    }

    /** {@code setattr(instance, attribute, value)} through the field, which validates. */
    public void setattr(M instance, String attribute, Object value) {
        throw new UnsupportedOperationException("TODO(task 2): assign an attribute through its field - see katas/orm/README.md#task-2");
    }
}
