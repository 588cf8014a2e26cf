package metaclasses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import py.AttributeError;

/**
 * Test descriptors that define some of {@code __get__} (g), {@code __set__} (s) and {@code __delete__}
 * (d) and log every call, mirroring the ones in src/test/python/metaclasses_golden.py.
 */
final class Probes {
    private Probes() {
    }

    /** What lives at {@code x} on a class for a fixture kind: nothing, a plain value, or a probe. */
    static Map<String, Object> slot(String kind, String owner, List<String> log) {
        Map<String, Object> namespace = new LinkedHashMap<>();
        String label = kind + "@" + owner;
        Object value = switch (kind) {
            case "none" -> null;
            case "plain" -> "plain@" + owner;
            case "g" -> new G(label, log);
            case "s" -> new S(label, log);
            case "d" -> new D(label, log);
            case "gs" -> new GS(label, log);
            case "gd" -> new GD(label, log);
            case "sd" -> new SD(label, log);
            case "gsd" -> new GSD(label, log);
            case "graise" -> new GRaise(label, log);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        if (value != null) {
            namespace.put("x", value);
        }
        return namespace;
    }

    /** The fixture's way of printing a value: a probe shows as {@code <label>}. */
    static String show(Object value) {
        return value instanceof Probe probe ? "<" + probe.label + ">" : String.valueOf(value);
    }

    abstract static class Probe {
        final String label;
        final List<String> log;

        Probe(String label, List<String> log) {
            this.label = label;
            this.log = log;
        }

        public Object get(PyObject instance, PyType owner) {
            log.add(label + ".get");
            return label + ".value";
        }

        public void set(PyObject instance, Object value) {
            log.add(label + ".set " + value);
        }

        public void delete(PyObject instance) {
            log.add(label + ".delete");
        }

        @Override
        public String toString() {
            return "<" + label + " descriptor>";
        }
    }

    static final class G extends Probe implements Descriptor.Get {
        G(String label, List<String> log) {
            super(label, log);
        }
    }

    static final class S extends Probe implements Descriptor.Set {
        S(String label, List<String> log) {
            super(label, log);
        }
    }

    static final class D extends Probe implements Descriptor.Delete {
        D(String label, List<String> log) {
            super(label, log);
        }
    }

    static final class GS extends Probe implements Descriptor.Get, Descriptor.Set {
        GS(String label, List<String> log) {
            super(label, log);
        }
    }

    static final class GD extends Probe implements Descriptor.Get, Descriptor.Delete {
        GD(String label, List<String> log) {
            super(label, log);
        }
    }

    static final class SD extends Probe implements Descriptor.Set, Descriptor.Delete {
        SD(String label, List<String> log) {
            super(label, log);
        }
    }

    static final class GSD extends Probe implements Descriptor.Get, Descriptor.Set, Descriptor.Delete {
        GSD(String label, List<String> log) {
            super(label, log);
        }
    }

    /** A {@code __get__} that raises AttributeError, like a property getter that touches a missing attribute. */
    static final class GRaise extends Probe implements Descriptor.Get {
        GRaise(String label, List<String> log) {
            super(label, log);
        }

        @Override
        public Object get(PyObject instance, PyType owner) {
            log.add(label + ".get");
            throw new AttributeError(label + " refuses");
        }
    }

    /** {@code def name(self, *args)} whose body is a lambda. */
    static PyFunction function(String name, PyFunction.Body body) {
        return new PyFunction(name, body);
    }
}
