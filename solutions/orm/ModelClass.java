package orm;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import py.AttributeError;
import py.TypeError;
import py.ValueError;

/**
 * What the notes' {@code ModelMetaClass.__new__} computes, computed once per model class: the fields
 * in declaration order (each named through {@code setName}), the primary key and the table name.
 * Creating instances from keyword arguments ({@link #create}) is the metaclass's {@code __call__}.
 */
public final class ModelClass<M extends Model> {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    // ClassValue: computed on first use, then cached per Class for as long as the class lives.
    private static final ClassValue<ModelClass<?>> CACHE = new ClassValue<>() {
        @Override
        protected ModelClass<?> computeValue(Class<?> type) {
            return build(type.asSubclass(Model.class));
        }
    };

    private final Class<M> type;
    private final String tableName;
    private final Map<String, Field> fields;
    private final Field primaryKey;

    private ModelClass(Class<M> type, String tableName, Map<String, Field> fields, Field primaryKey) {
        this.type = type;
        this.tableName = tableName;
        this.fields = fields;
        this.primaryKey = primaryKey;
    }

    /** The metadata of {@code model}, built on first use and the same object on every later call. */
    @SuppressWarnings("unchecked")
    public static <M extends Model> ModelClass<M> of(Class<M> model) {
        return (ModelClass<M>) CACHE.get(model);
    }

    /** The model's class name, e.g. {@code Student}. */
    public String modelName() {
        return type.getSimpleName();
    }

    /** {@code @DbTable("...")} if present, else the lowercase class name. */
    public String tableName() {
        return tableName;
    }

    /** Every field, in declaration order. */
    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** The one field marked {@code primaryKey()}. */
    public Field primaryKey() {
        return primaryKey;
    }

    /** The field with this attribute name; AttributeError {@code 'Student' object has no attribute 'x'} if none. */
    public Field field(String attribute) {
        Field field = fields.get(attribute);
        if (field == null) {
            throw new AttributeError("'" + modelName() + "' object has no attribute '" + attribute + "'");
        }
        return field;
    }

    /** {@code Student(**kwargs)}: a new instance with every keyword assigned through its field. */
    public M create(Map<String, ?> kwargs) {
        for (String keyword : kwargs.keySet()) {
            if (!fields.containsKey(keyword)) {
                throw new TypeError(modelName() + ".__init__() got an unexpected keyword argument '" + keyword + "'");
            }
        }
        M instance = newInstance();
        kwargs.forEach((keyword, value) -> fields.get(keyword).set(instance, value));
        return instance;
    }

    /** {@code getattr(instance, attribute)} through the field. */
    public Object getattr(M instance, String attribute) {
        return field(attribute).get(instance);
    }

    /** {@code setattr(instance, attribute, value)} through the field, which validates. */
    public void setattr(M instance, String attribute, Object value) {
        field(attribute).set(instance, value);
    }

    private M newInstance() {
        try {
            Constructor<M> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new TypeError(modelName() + " needs a no-argument constructor: " + e);
        }
    }

    private static <M extends Model> ModelClass<M> build(Class<M> type) {
        List<java.lang.reflect.Field> declared = new ArrayList<>();
        for (java.lang.reflect.Field member : type.getDeclaredFields()) {
            if (Modifier.isStatic(member.getModifiers()) && Field.class.isAssignableFrom(member.getType())) {
                declared.add(member);
            }
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        declared.stream().map(member -> Map.entry(member.getName(), read(member)))
                .sorted(Comparator.comparingLong(entry -> entry.getValue().creationOrder()))
                .forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        if (fields.isEmpty()) {
            throw new TypeError(type.getSimpleName() + " declares no fields");
        }
        fields.forEach((attribute, field) -> field.setName(type.getSimpleName(), attribute));
        List<Field> keys = fields.values().stream().filter(Field::isPrimaryKey).toList();
        if (keys.size() != 1) {
            throw new TypeError(type.getSimpleName() + " must declare exactly one primary key, found " + keys.size());
        }
        return new ModelClass<>(type, tableNameOf(type), fields, keys.get(0));
    }

    private static Field read(java.lang.reflect.Field member) {
        try {
            member.setAccessible(true);
            return (Field) member.get(null);
        } catch (IllegalAccessException e) {
            throw new TypeError("cannot read field " + member.getName() + ": " + e);
        }
    }

    private static String tableNameOf(Class<?> type) {
        DbTable chosen = type.getAnnotation(DbTable.class);
        String name = chosen != null ? chosen.value() : type.getSimpleName().toLowerCase(Locale.ROOT);
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new ValueError("table name must be a plain SQL identifier, got " + py.Repr.of(name));
        }
        return name;
    }
}
