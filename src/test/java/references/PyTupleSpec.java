package references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PyTuple is given code (src/main/java/references/): these specs hold it to CPython's tuple, so they
 * pass on the untouched kata too. The reprs were printed by python3 3.11.7.
 */
@Tag("given")
@DisplayName("PyTuple (given code): an immutable sequence with CPython's repr")
class PyTupleSpec {

    @Test
    @DisplayName("prints as CPython does: (), (1,) with its comma, and the items' reprs inside")
    void repr() {
        Map<String, PyTuple> cases = new LinkedHashMap<>();
        cases.put("()", PyTuple.of());
        cases.put("(1,)", PyTuple.of(1L));
        cases.put("(1, 'a')", PyTuple.of(1L, "a"));
        cases.put("(None, True, 2.5)", PyTuple.of(null, true, 2.5));
        cases.put("((1,),)", PyTuple.of(PyTuple.of(1L)));
        cases.put("([1], 'x')", PyTuple.of(List.of(1L), "x"));
        cases.forEach((python, tuple) -> assertThat(tuple.toString()).as("repr(%s)", python).isEqualTo(python));
    }

    @Test
    @DisplayName("cannot be changed, not even through the list it was made from")
    void immutable() {
        List<Object> source = new ArrayList<>(Arrays.asList(1L, 2L));
        PyTuple tuple = new PyTuple(source);
        source.add(3L);
        assertThat(tuple.items()).as("t = tuple(source); source.append(3); t").containsExactly(1L, 2L);
        assertThatExceptionOfType(UnsupportedOperationException.class).as("t[0] = 5 on a tuple (CPython: TypeError)")
                .isThrownBy(() -> tuple.items().set(0, 5L));
    }

    @Test
    @DisplayName("equals another tuple with equal items, as (1, 2) == (1, 2)")
    void equality() {
        assertThat(PyTuple.of(1L, 2L)).as("(1, 2) == (1, 2)").isEqualTo(new PyTuple(List.of(1L, 2L)))
                .hasSameHashCodeAs(PyTuple.of(1L, 2L));
        assertThat(PyTuple.of(1L, 2L)).as("(1, 2) == (2, 1)").isNotEqualTo(PyTuple.of(2L, 1L));
    }
}
