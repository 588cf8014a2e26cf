package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;
import support.Golden;

// Task 5, not 4: every trace runs a class statement through ClassStatement.define, which task 5 writes.
@Tag("task-5")
@DisplayName("class statements and instantiation agree with CPython's traces")
class MetaclassGoldenSpec {

    @Test
    @DisplayName("metaclass __new__/__init__, __set_name__, __init_subclass__, then __call__ → __new__ → __init__, in CPython's order")
    void classTraces() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("metaclasses", "class_traces.json")) {
            TraceCase replay = new TraceCase(golden);
            String outcome = replay.run();
            List<String> expectedLog = new ArrayList<>();
            golden.getAsJsonArray("log").forEach(e -> expectedLog.add(e.getAsString()));
            String expected = golden.has("error") ? golden.get("error").getAsString()
                    : "result " + (golden.get("result").isJsonNull() ? "None" : golden.get("result").getAsString());
            if ((!expected.equals(outcome) || !expectedLog.equals(replay.log)) && mismatches.size() < 5) {
                mismatches.add("\n - config " + configOf(golden) + "\n   expected " + expected + " after " + expectedLog
                        + "\n   got      " + outcome + " after " + replay.log);
            }
        }
        assertThat(mismatches).as("cases where your class machinery differs from CPython 3.11 (first 5)").isEmpty();
    }

    @Test
    @DisplayName("picks the same metaclass as CPython, or raises the same conflict, for random metaclass trees")
    void metaclassConflicts() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("metaclasses", "metaclass_conflicts.json")) {
            Map<String, PyType> metas = new LinkedHashMap<>();
            metas.put("type", PyType.TYPE);
            golden.getAsJsonObject("parents").entrySet().forEach(entry -> metas.put(entry.getKey(),
                    new PyType(entry.getKey(), List.of(metas.get(entry.getValue().getAsString())), Map.of())));
            List<PyType> bases = new ArrayList<>();
            for (JsonElement meta : golden.getAsJsonArray("base_metas")) {
                bases.add(ClassStatement.define("B" + bases.size(), List.of(), Map.of(), metas.get(meta.getAsString()), Map.of()));
            }
            PyType explicit = golden.get("explicit").isJsonNull() ? null : metas.get(golden.get("explicit").getAsString());
            String outcome;
            try {
                outcome = ClassStatement.define("X", bases, Map.of(), explicit, Map.of()).type().name();
            } catch (TypeError error) {
                outcome = "TypeError: " + error.getMessage();
            }
            String expected = golden.has("error") ? golden.get("error").getAsString() : golden.get("winner").getAsString();
            if (!expected.equals(outcome) && mismatches.size() < 5) {
                mismatches.add("\n - metaclass parents " + golden.get("parents") + ", bases' metaclasses "
                        + golden.get("base_metas") + ", metaclass=" + golden.get("explicit")
                        + "\n   expected " + expected + "\n   got      " + outcome);
            }
        }
        assertThat(mismatches).as("cases where your metaclass calculation differs from CPython 3.11 (first 5)").isEmpty();
    }

    private static String configOf(JsonObject golden) {
        JsonObject config = golden.deepCopy();
        config.remove("log");
        config.remove("result");
        config.remove("error");
        return config.toString();
    }

    /** One fixture scenario rebuilt with the kata's classes; mirrors run_trace_case in the generator. */
    private static final class TraceCase {
        final List<String> log = new ArrayList<>();
        private final JsonObject cfg;
        private final Map<String, PyType> made = new LinkedHashMap<>();

        TraceCase(JsonObject cfg) {
            this.cfg = cfg;
        }

        String run() {
            try {
                PyType meta = cfg.get("meta").getAsBoolean() ? metaclass() : null;
                PyType base = ClassStatement.define("Base", List.of(), baseNamespace(), meta, Map.of());
                Map<String, Object> kwargs = new LinkedHashMap<>();
                cfg.getAsJsonObject("kwargs").entrySet().forEach(e -> kwargs.put(e.getKey(), e.getValue().getAsString()));
                PyType cls = ClassStatement.define("C", List.of(base), classNamespace(), meta, kwargs);
                Map<String, Object> subNamespace = new LinkedHashMap<>();
                if (cfg.get("sub_init").getAsBoolean()) {
                    subNamespace.put("__init__", function("__init__", args -> "Sub.__init__ " + (args.length - 1), null));
                }
                made.put("Sub", ClassStatement.define("Sub", List.of(cls), subNamespace, meta, Map.of()));
                made.put("Other", ClassStatement.define("Other", List.of(),
                        Map.of("__init__", function("__init__", args -> "Other.__init__", null)), null, Map.of()));
                log.add("--- call");
                List<Object> args = new ArrayList<>();
                cfg.getAsJsonArray("args").forEach(e -> args.add(e.getAsInt()));
                Object result = Instantiation.call(cls, args.toArray());
                return "result " + (result instanceof PyObject object ? object.type().name() : result == null ? "None" : result);
            } catch (TypeError error) {
                return "TypeError: " + error.getMessage();
            }
        }

        private PyFunction function(String name, PyFunction.Body message, Object returned) {
            return Probes.function(name, args -> {
                log.add((String) message.call(args));
                return returned;
            });
        }

        private PyType metaclass() {
            Map<String, Object> namespace = new LinkedHashMap<>();
            if (cfg.get("meta_new").getAsBoolean()) {
                namespace.put("__new__", Probes.function("__new__", args -> {
                    log.add("Meta.__new__ " + args[1]);
                    return MetaNew.typeNew((PyType) args[0], args);
                }));
            }
            if (cfg.get("meta_init").getAsBoolean()) {
                namespace.put("__init__", function("__init__", args -> "Meta.__init__ " + args[1], null));
            }
            String call = cfg.get("meta_call").getAsString();
            if (!call.equals("none")) {
                namespace.put("__call__", Probes.function("__call__", args -> {
                    log.add("Meta.__call__ " + ((PyType) args[0]).name());
                    return call.equals("bypass") ? "bypassed"
                            : Instantiation.typeCall((PyType) args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
                }));
            }
            return new PyType("Meta", List.of(PyType.TYPE), namespace);
        }

        private Map<String, Object> baseNamespace() {
            Map<String, Object> namespace = new LinkedHashMap<>();
            if (cfg.get("init_subclass").getAsBoolean()) {
                namespace.put("__init_subclass__", function("__init_subclass__", args -> "Base.__init_subclass__ "
                        + ((PyType) args[0]).name() + " " + pythonItems(MetaNew.kwargs(args[1])), null));
            }
            return namespace;
        }

        private Map<String, Object> classNamespace() {
            Map<String, Object> namespace = new LinkedHashMap<>();
            cfg.getAsJsonArray("named").forEach(e -> namespace.put(e.getAsString(),
                    (Descriptor.SetName) (owner, name) -> log.add("__set_name__ " + owner.name() + "." + name)));
            String newKind = cfg.get("new").getAsString();
            if (!newKind.equals("none")) {
                namespace.put("__new__", Probes.function("__new__", args -> {
                    log.add("C.__new__ " + ((PyType) args[0]).name() + " " + (args.length - 1));
                    return switch (newKind) {
                        case "super" -> Instantiation.objectNew((PyType) args[0]);
                        case "sub" -> Instantiation.objectNew(made.get("Sub"));
                        case "other" -> Instantiation.objectNew(made.get("Other"));
                        case "int" -> 42;
                        default -> null;
                    };
                }));
            }
            String init = cfg.get("init").getAsString();
            if (!init.equals("none")) {
                namespace.put("__init__", function("__init__", args -> "C.__init__ " + ((PyObject) args[0]).type().name()
                        + " " + (args.length - 1), init.equals("returns1") ? 1 : null));
            }
            return namespace;
        }

        /** Python's repr of sorted(kwargs.items()) for string values: [('tag', 't')]. */
        private static String pythonItems(Map<String, Object> kwargs) {
            List<String> items = new ArrayList<>();
            kwargs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> items.add("('" + entry.getKey() + "', '" + entry.getValue() + "')"));
            return "[" + String.join(", ", items) + "]";
        }
    }
}
