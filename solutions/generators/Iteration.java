package generators;

import java.util.ArrayList;
import java.util.List;
import py.IndexError;
import py.StopIteration;
import py.TypeError;
import py.TypeName;

/** The built-ins {@code iter()}, {@code next()} and {@code list()}, for objects that play Python objects. */
public final class Iteration {
    private Iteration() {
    }

    /** {@code iter(obj)}: ask {@code __iter__}, fall back to {@code __getitem__}, else TypeError. */
    public static PyIterator iter(Object obj) {
        if (obj instanceof PyIterable iterable) {
            Object result = iterable.__iter__();
            // CPython checks the result at once, not at the first next().
            if (result instanceof PyIterator iterator) {
                return iterator;
            }
            throw new TypeError("iter() returned non-iterator of type '" + TypeName.of(result) + "'");
        }
        if (obj instanceof PyGetItem sequence) {
            // A separate iterator object: the sequence itself gains no __next__.
            return new SequenceIterator(sequence);
        }
        if (obj instanceof List<?> list) {
            return new SequenceIterator(index -> {
                if (index >= list.size()) {
                    throw new IndexError("list index out of range");
                }
                return list.get(index);
            });
        }
        throw new TypeError("'" + TypeName.of(obj) + "' object is not iterable");
    }

    /** {@code next(it)}: only an iterator may be advanced; an iterable is not enough. */
    public static Object next(Object iterator) {
        if (iterator instanceof PyIterator it) {
            return it.__next__();
        }
        throw new TypeError("'" + TypeName.of(iterator) + "' object is not an iterator");
    }

    /** {@code list(obj)}, which is what a for loop does: iter() once, then next() until StopIteration. */
    public static List<Object> toList(Object iterable) {
        PyIterator iterator = iter(iterable);
        List<Object> items = new ArrayList<>();
        while (true) {
            try {
                items.add(iterator.__next__());
            } catch (StopIteration end) {
                return items;
            }
        }
    }
}
