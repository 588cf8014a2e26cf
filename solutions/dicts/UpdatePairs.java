package dicts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import py.TypeError;
import py.ValueError;

/** How {@code dict.update(seq)} reads one element of seq as a (key, value) pair. */
final class UpdatePairs {
    private UpdatePairs() {
    }

    /** A List, Object[], Map.Entry or string of length 2; anything else is Python's error, naming the position. */
    static List<?> asPair(Object element, int position) {
        List<?> pair;
        if (element instanceof Map.Entry<?, ?> entry) {
            pair = Arrays.asList(entry.getKey(), entry.getValue());
        } else if (element instanceof List<?> list) {
            pair = list;
        } else if (element instanceof Object[] array) {
            pair = Arrays.asList(array);
        } else if (element instanceof CharSequence text) {
            pair = text.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        } else {
            throw new TypeError("cannot convert dictionary update sequence element #" + position + " to a sequence");
        }
        if (pair.size() != 2) {
            throw new ValueError("dictionary update sequence element #" + position + " has length "
                    + pair.size() + "; 2 is required");
        }
        return pair;
    }
}
