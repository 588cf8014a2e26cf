package sequences;

import java.util.Map;
import py.Repr;
import support.PyJson;

/** Python values in this kata's types: a Python list is a PyList, a tuple a PyTuple. */
final class GoldenValues {
    private GoldenValues() {
    }

    /** A fresh decoder, one per case (see {@link PyJson}). */
    static PyJson decoder() {
        return new PyJson(Map.of("list", items -> PyList.of(items.toArray()), "tuple", items -> PyTuple.of(items.toArray())));
    }

    /** repr(value): a PyList or PyTuple by its own repr(), anything else by the given py.Repr. */
    static String show(Object value) {
        if (value instanceof PyList list) {
            return list.repr();
        }
        if (value instanceof PyTuple tuple) {
            return tuple.repr();
        }
        return Repr.of(value);
    }
}
