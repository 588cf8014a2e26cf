package dicts;

import java.util.ArrayList;
import java.util.Map;
import support.PyJson;

/** The fixtures' tagged values in this kata's types (see {@link PyJson}). */
final class GoldenValues {
    private GoldenValues() {
    }

    /** For the dict specs (tasks 1-3): a list is a java.util.List, the unhashable key they use. */
    static PyJson forDicts() {
        return new PyJson(Map.of("list", ArrayList::new));
    }

    /** For the set specs (task 5): a set is a PySet, a frozenset a PyFrozenSet. */
    static PyJson forSets() {
        return new PyJson(Map.of("list", ArrayList::new, "set", PySet::new, "frozenset", PyFrozenSet::new));
    }
}
