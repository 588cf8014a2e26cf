package metaclasses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import py.TypeError;
import py.TypeName;

/**
 * A Python class in this model. A class is itself an object: its type is its metaclass, and its
 * {@code __dict__} is the class namespace. The MRO is the C3 linearization of the bases (the
 * {@code classes} kata is about how C3 works; here it is given).
 *
 * <p>Built-in behaviour ({@code object.__getattribute__}, {@code type.__call__}, ...) lives in Java
 * code, so the dicts of {@link #OBJECT} and {@link #TYPE} start empty: a name missing from every
 * dict on the MRO means "not overridden".
 */
public final class PyType extends PyObject {
    /** {@code object}: the root of every MRO. */
    public static final PyType OBJECT = new PyType("object", List.of(), Map.of(), null);
    /** {@code type}: the default metaclass, and the type of every class whose metaclass is not given. */
    public static final PyType TYPE = new PyType("type", List.of(OBJECT), Map.of(), null);

    private final String name;
    private final List<PyType> bases;
    private final List<PyType> mro;

    /**
     * The raw class object, as {@code type.__new__} allocates it: no {@code __set_name__}, no
     * {@code __init_subclass__}. Empty {@code bases} means {@code (object,)}; a null metaclass means
     * {@code type}. The namespace is copied, in order; its values may not be null.
     *
     * @throws TypeError with CPython's message when a base is repeated ({@code duplicate base class K0}) or
     *     the bases admit no MRO ({@code Cannot create a consistent method resolution\norder (MRO) for bases K0, K2},
     *     naming the classes that block the merge)
     */
    public PyType(String name, List<PyType> bases, Map<String, ?> namespace, PyType metaclass) {
        super(metaclass);
        this.name = name;
        // OBJECT is still null while OBJECT itself is being built: that is the one class without bases.
        this.bases = bases.isEmpty() && OBJECT != null ? List.of(OBJECT) : List.copyOf(bases);
        namespace.forEach((key, value) -> dict().put(key, Objects.requireNonNull(value,
                "class attribute " + key + " is null: this model keeps None out of class dicts")));
        this.mro = Collections.unmodifiableList(linearize());
    }

    /** A class whose metaclass is {@code type}. */
    public PyType(String name, List<PyType> bases, Map<String, ?> namespace) {
        this(name, bases, namespace, null);
    }

    /** {@code cls.__name__}. */
    public String name() {
        return name;
    }

    /** {@code cls.__bases__}. */
    public List<PyType> bases() {
        return bases;
    }

    /** {@code cls.__mro__}: this class first, {@code object} last. */
    public List<PyType> mro() {
        return mro;
    }

    /** {@code issubclass(this, other)}. */
    public boolean isSubclassOf(PyType other) {
        return mro.contains(other);
    }

    /**
     * {@code _PyType_Lookup}: the value bound to {@code attribute} in the first class on the MRO whose
     * {@code __dict__} has it, or null when no class on the MRO defines it.
     */
    public Object lookup(String attribute) {
        return lookupAfter(null, attribute);
    }

    /**
     * Like {@link #lookup(String)} but starts after {@code start} on this MRO: what {@code super(start, ...)}
     * sees. A null {@code start} searches the whole MRO.
     */
    public Object lookupAfter(PyType start, String attribute) {
        int from = start == null ? 0 : mro.indexOf(start) + 1;
        for (PyType klass : mro.subList(from, mro.size())) {
            if (klass.dict().containsKey(attribute)) {
                return klass.dict().get(attribute);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    /** C3: this class, then the merge of the bases' MROs and of the bases list itself. */
    private List<PyType> linearize() {
        List<PyType> result = new ArrayList<>(List.of(this));
        if (bases.size() == 1) {
            // One base: nothing to merge, and nothing to repeat (CPython takes the same short cut).
            result.addAll(bases.get(0).mro());
            return result;
        }
        rejectRepeatedBases();
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(base.mro()));
        }
        // The bases list is merged too: that keeps the order in which the class statement names them.
        sequences.add(new ArrayList<>(bases));
        while (sequences.stream().anyMatch(sequence -> !sequence.isEmpty())) {
            PyType next = firstGoodHead(sequences);
            if (next == null) {
                throw inconsistent(sequences);
            }
            result.add(next);
            sequences.stream().filter(sequence -> !sequence.isEmpty() && sequence.get(0) == next)
                    .forEach(sequence -> sequence.remove(0));
        }
        return result;
    }

    /** The first head, scanning the sequences in order, that is in no sequence's tail; null when all are blocked. */
    private static PyType firstGoodHead(List<List<PyType>> sequences) {
        for (List<PyType> sequence : sequences) {
            PyType head = sequence.isEmpty() ? null : sequence.get(0);
            if (head != null && sequences.stream().noneMatch(other -> other.indexOf(head) > 0)) {
                return head;
            }
        }
        return null;
    }

    /** CPython checks this before merging, and names the first base that comes again later. */
    private void rejectRepeatedBases() {
        for (int i = 0; i < bases.size(); i++) {
            if (bases.subList(i + 1, bases.size()).contains(bases.get(i))) {
                throw new TypeError("duplicate base class " + bases.get(i).name());
            }
        }
    }

    /** CPython names the classes blocking the merge: the heads of the sequences left, each once, in order. */
    private static TypeError inconsistent(List<List<PyType>> sequences) {
        Set<PyType> heads = new LinkedHashSet<>();
        sequences.stream().filter(sequence -> !sequence.isEmpty()).forEach(sequence -> heads.add(sequence.get(0)));
        return new TypeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                + String.join(", ", heads.stream().map(PyType::name).toList()));
    }

    /**
     * {@code type(value).__name__}, for error messages: an object of this model is named by its class
     * (a class by its metaclass), any other value by the given {@link TypeName}.
     */
    static String typeNameOf(Object value) {
        return value instanceof PyObject object ? object.type().name() : TypeName.of(value);
    }
}
