package references;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import py.AttributeError;
import py.NameError;

/** Replays a heap.json script (recorded from CPython) on a {@link Heap} and reports the first difference. */
final class HeapScript {
    private HeapScript() {
    }

    /** Null when the heap matched CPython at every step (up to stopAtCollect's first gc.collect()). */
    static String replay(JsonArray steps, boolean stopAtCollect) {
        Heap heap = new Heap();
        List<String> bound = new ArrayList<>();
        StringBuilder script = new StringBuilder();
        for (JsonElement element : steps) {
            JsonObject step = element.getAsJsonObject();
            JsonArray op = step.getAsJsonArray("op");
            if (stopAtCollect && op.get(0).getAsString().equals("collect")) {
                return null;
            }
            script.append("  ").append(describe(op)).append('\n');
            String result = apply(heap, bound, op);
            String expectedResult = step.get("result").isJsonNull() ? null : step.get("result").getAsString();
            String problem = null;
            Map<String, Integer> refcounts = new TreeMap<>();
            bound.forEach(name -> refcounts.put(name, heap.refcount(heap.lookup(name))));
            Map<String, Integer> expectedRefcounts = new TreeMap<>();
            step.getAsJsonObject("refcounts").entrySet().forEach(e -> expectedRefcounts.put(e.getKey(), e.getValue().getAsInt()));
            List<String> finalized = new ArrayList<>(heap.finalized());
            finalized.sort(null);
            List<String> expectedFinalized = new ArrayList<>();
            step.getAsJsonArray("finalized").forEach(e -> expectedFinalized.add(e.getAsString()));
            if (!java.util.Objects.equals(result, expectedResult)) {
                problem = "result " + result + ", CPython " + expectedResult;
            } else if (!refcounts.equals(expectedRefcounts)) {
                problem = "refcounts " + refcounts + ", CPython " + expectedRefcounts;
            } else if (!finalized.equals(expectedFinalized)) {
                problem = "finalized so far " + finalized + ", CPython " + expectedFinalized;
            }
            if (problem != null) {
                return script + "  -> " + problem;
            }
        }
        return null;
    }

    private static String apply(Heap heap, List<String> bound, JsonArray op) {
        String name = op.get(0).getAsString();
        String first = op.size() > 1 ? op.get(1).getAsString() : null;
        try {
            switch (name) {
                case "new" -> {
                    heap.create(first);
                    rebind(bound, first);
                }
                case "bind" -> {
                    heap.bind(first, heap.lookup(op.get(2).getAsString()));
                    rebind(bound, first);
                }
                case "del" -> {
                    heap.del(first);
                    bound.remove(first);
                }
                case "setattr" -> heap.setAttr(heap.lookup(first), op.get(2).getAsString(), heap.lookup(op.get(3).getAsString()));
                case "delattr" -> heap.delAttr(heap.lookup(first), op.get(2).getAsString());
                case "collect" -> {
                    return Integer.toString(heap.collect());
                }
                default -> throw new IllegalArgumentException(name);
            }
        } catch (NameError | AttributeError e) {
            return e.getMessage();
        }
        return null;
    }

    private static void rebind(List<String> bound, String name) {
        if (!bound.contains(name)) {
            bound.add(name);
        }
    }

    private static String describe(JsonArray op) {
        return switch (op.get(0).getAsString()) {
            case "new" -> op.get(1).getAsString() + " = Obj()";
            case "bind" -> op.get(1).getAsString() + " = " + op.get(2).getAsString();
            case "del" -> "del " + op.get(1).getAsString();
            case "setattr" -> op.get(1).getAsString() + "." + op.get(2).getAsString() + " = " + op.get(3).getAsString();
            case "delattr" -> "del " + op.get(1).getAsString() + "." + op.get(2).getAsString();
            default -> "gc.collect()";
        };
    }
}
