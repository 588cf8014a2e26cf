package dunders;

import java.util.Iterator;
import java.util.List;
import py.IndexError;
import py.StopIteration;
import py.TypeError;

/** {@code item in container}: three protocols, tried in a fixed order. */
public final class Membership {
    private Membership() {
    }

    /** {@code item in container}: {@code __contains__}, else iteration, else {@code __getitem__} from 0. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof List<?> list) {
            return search(list.iterator(), item);
        }
        if (!(container instanceof Instance instance)) {
            throw notIterable(container);
        }
        PyClass type = instance.type();
        if (type.lookup("__contains__") != null) {
            return Length.truth(type.lookup("__contains__").call(instance, item));
        }
        if (type.lookup("__iter__") != null) {
            Object iterator = type.lookup("__iter__").call(instance);
            if (!(iterator instanceof Iterator<?> elements)) {
                // iter() would say "returned non-iterator"; `in` replaces any TypeError with its own message.
                throw notIterable(container);
            }
            return search(elements, item);
        }
        if (type.lookup("__getitem__") != null) {
            return searchByIndex(instance, type.lookup("__getitem__"), item);
        }
        throw notIterable(container);
    }

    private static boolean search(Iterator<?> elements, Object item) {
        while (elements.hasNext()) {
            if (matches(elements.next(), item)) {
                return true;
            }
        }
        return false;
    }

    /** The old sequence protocol: ask for [0], [1], ... until IndexError says the sequence has ended. */
    private static boolean searchByIndex(Instance instance, PyFunction getitem, Object item) {
        for (int index = 0; ; index++) {
            Object element;
            try {
                element = getitem.call(instance, index);
            } catch (IndexError | StopIteration end) {
                return false;
            }
            if (matches(element, item)) {
                return true;
            }
        }
    }

    /** Identity first (so a NaN-like value still finds itself), then ==. */
    private static boolean matches(Object element, Object item) {
        return element == item || Length.truth(Equality.eq(element, item));
    }

    private static TypeError notIterable(Object container) {
        return new TypeError("argument of type '" + TypeNames.of(container) + "' is not iterable");
    }
}
