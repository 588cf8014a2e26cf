package dicts.bench;

import dicts.PyDict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import support.BenchNotes;

/**
 * The notes' claim, measured: a dict lookup costs the same at 1e3 and 1e6 entries, a list scan
 * grows with the list. Not a spec: it asserts nothing, and absolute numbers depend on the machine.
 */
public final class LookupBench {
    private static final int LOOKUPS = 200_000;
    /** Bytes measured by the last measureMemory calls, in call order. */
    private static final List<Long> lastBytes = new ArrayList<>();

    private LookupBench() {
    }

    public static void main(String[] args) {
        List<double[]> perSize = new ArrayList<>();
        System.out.println("| entries | PyDict.get ns/op | HashMap.get ns/op | ArrayList scan ns/op | PyDict bytes/entry | HashMap bytes/entry | ArrayList bytes/entry |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            Long[] keys = keys(size);
            PyDict dict = measureMemory(() -> fill(new PyDict(), keys));
            Map<Long, Long> map = measureMemory(() -> fill(new HashMap<>(), keys));
            List<Long> list = measureMemory(() -> new ArrayList<>(List.of(keys)));
            double dictNanos = nanosPerOp(() -> lookupDict(dict, keys), LOOKUPS);
            double scanNanos = size <= 100_000 ? nanosPerOp(() -> scan(list, keys), LOOKUPS / 100) : Double.NaN;
            System.out.printf("| %,d | %.1f | %.1f | %s | %s | %s | %s |%n", size, dictNanos,
                    nanosPerOp(() -> lookupMap(map, keys), LOOKUPS), Double.isNaN(scanNanos) ? "(skipped)" : String.format("%.1f", scanNanos),
                    lastBytes.get(0) / size, lastBytes.get(1) / size, lastBytes.get(2) / size);
            lastBytes.clear();
            perSize.add(new double[] {dictNanos, scanNanos});
        }
        // Sizes 1e3, 1e4, 1e5, 1e6: rows 0 and 2 are 100x apart for both structures.
        BenchNotes.row("lookup cost from 1,000 to 100,000 entries: dict, list scan",
                "no figure; the claim: list lookups slow down as the list grows, dict lookups do not",
                String.format("PyDict x%.1f, list scan x%.0f", perSize.get(2)[0] / perSize.get(0)[0], perSize.get(2)[1] / perSize.get(0)[1]));
        System.out.println("\nRead the ratios: the two hash tables stay roughly flat as the size grows 1000-fold"
                + " (cache misses add a little), the scan grows linearly. Memory counts the table only, not the shared key objects.");
    }

    private static Long[] keys(int size) {
        Random random = new Random(size);
        Long[] keys = new Long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = random.nextLong();
        }
        return keys;
    }

    private static PyDict fill(PyDict dict, Long[] keys) {
        for (Long key : keys) {
            dict.setItem(key, key);
        }
        return dict;
    }

    private static Map<Long, Long> fill(Map<Long, Long> map, Long[] keys) {
        for (Long key : keys) {
            map.put(key, key);
        }
        return map;
    }

    private static long lookupDict(PyDict dict, Long[] keys) {
        long sum = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            sum += (Long) dict.get(keys[(int) ((i * 2654435761L) % keys.length)]);
        }
        return sum;
    }

    private static long lookupMap(Map<Long, Long> map, Long[] keys) {
        long sum = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            sum += map.get(keys[(int) ((i * 2654435761L) % keys.length)]);
        }
        return sum;
    }

    private static long scan(List<Long> list, Long[] keys) {
        long sum = 0;
        for (int i = 0; i < LOOKUPS / 100; i++) {
            sum += list.indexOf(keys[(int) ((i * 2654435761L) % keys.length)]);
        }
        return sum;
    }

    /** Best of five runs, after a warm-up, in nanoseconds per operation. */
    private static double nanosPerOp(Supplier<Long> run, int operations) {
        long sink = run.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            sink += run.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (double) best / operations;
    }

    /** Heap growth while building the structure: a rough figure, good enough for a ratio. */
    private static <T> T measureMemory(Supplier<T> build) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        T built = build.get();
        System.gc();
        lastBytes.add(Math.max(0, runtime.totalMemory() - runtime.freeMemory() - before));
        return built;
    }
}
