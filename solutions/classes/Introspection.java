package classes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code dir()}: what attribute lookup could find, as a sorted list. */
public final class Introspection {
    private Introspection() {
    }

    /** {@code dir(obj)}: the instance's own names plus every name along its class's MRO, sorted, each once. */
    public static List<String> dir(Instance obj) {
        TreeSet<String> names = new TreeSet<>(obj.dict().keySet());
        names.addAll(dir(obj.type()));
        return new ArrayList<>(names);
    }

    /** {@code dir(cls)}: every name in the namespaces along the MRO, sorted, each once. */
    public static List<String> dir(PyClass cls) {
        TreeSet<String> names = new TreeSet<>();
        for (PyClass klass : cls.mro()) {
            names.addAll(klass.dict().keySet());
        }
        return new ArrayList<>(names);
    }
}
