package references;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** A Python tuple: an immutable sequence. Pure data: given in full, the lesson is elsewhere. */
public record PyTuple(List<Object> items) {
    public PyTuple {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** {@code (a, b, c)}. */
    public static PyTuple of(Object... items) {
        return new PyTuple(Arrays.asList(items));
    }

    /** {@code repr(t)}: {@code ()}, {@code (1,)}, {@code (1, 2)}. */
    @Override
    public String toString() {
        String inside = items.stream().map(py.Repr::of).collect(Collectors.joining(", "));
        return "(" + inside + (items.size() == 1 ? ",)" : ")");
    }
}
