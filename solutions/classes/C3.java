package classes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import py.TypeError;

/** The C3 linearization that gives every class its {@code __mro__}. */
public final class C3 {
    private C3() {
    }

    /**
     * The MRO of a new class {@code cls} with direct {@code bases}: cls, then the merge of every base's
     * MRO and of the list of bases itself.
     */
    public static List<PyClass> linearize(PyClass cls, List<PyClass> bases) {
        rejectDuplicates(bases);
        List<List<PyClass>> toMerge = new ArrayList<>();
        for (PyClass base : bases) {
            toMerge.add(new ArrayList<>(base.mro()));
        }
        // The bases list itself is merged too: that is what keeps the local precedence order.
        toMerge.add(new ArrayList<>(bases));
        List<PyClass> result = new ArrayList<>(List.of(cls));
        result.addAll(merge(toMerge));
        return result;
    }

    private static List<PyClass> merge(List<List<PyClass>> sequences) {
        List<PyClass> merged = new ArrayList<>();
        while (sequences.stream().anyMatch(sequence -> !sequence.isEmpty())) {
            PyClass next = firstGoodHead(sequences);
            if (next == null) {
                throw inconsistent(sequences);
            }
            merged.add(next);
            for (List<PyClass> sequence : sequences) {
                if (!sequence.isEmpty() && sequence.get(0) == next) {
                    sequence.remove(0);
                }
            }
        }
        return merged;
    }

    /** The first head (scanning the lists in order) that appears in no list's tail. */
    private static PyClass firstGoodHead(List<List<PyClass>> sequences) {
        for (List<PyClass> sequence : sequences) {
            if (sequence.isEmpty()) {
                continue;
            }
            PyClass candidate = sequence.get(0);
            boolean inSomeTail = sequences.stream()
                    .anyMatch(other -> other.size() > 1 && other.subList(1, other.size()).contains(candidate));
            if (!inSomeTail) {
                return candidate;
            }
        }
        return null;
    }

    private static void rejectDuplicates(List<PyClass> bases) {
        for (int i = 0; i < bases.size(); i++) {
            if (bases.subList(i + 1, bases.size()).contains(bases.get(i))) {
                throw new TypeError("duplicate base class " + bases.get(i).name());
            }
        }
    }

    /** CPython names the heads of the lists that are still not empty, each once, in list order. */
    private static TypeError inconsistent(List<List<PyClass>> sequences) {
        Set<PyClass> heads = new LinkedHashSet<>();
        for (List<PyClass> sequence : sequences) {
            if (!sequence.isEmpty()) {
                heads.add(sequence.get(0));
            }
        }
        return new TypeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                + String.join(", ", heads.stream().map(PyClass::name).toList()));
    }
}
