package classes;

import java.util.Map;

/** An instance: its class, and its own attribute dict. */
public final class Instance {

    private Instance() {
        throw new UnsupportedOperationException("TODO(task 2): decide what an instance holds - see katas/classes/README.md#task-2");
    }

    /** {@code type(self)}. */
    public PyClass type() {
        throw new UnsupportedOperationException("TODO(task 2): return the class of this instance - see katas/classes/README.md#task-2");
    }

    /** {@code self.__dict__}: only what was assigned on this instance. */
    public Map<String, Object> dict() {
        throw new UnsupportedOperationException("TODO(task 2): return the instance namespace - see katas/classes/README.md#task-2");
    }

    /** {@code self.name = value}. */
    public void setattr(String attribute, Object value) {
        throw new UnsupportedOperationException("TODO(task 2): assign an instance attribute - see katas/classes/README.md#task-2");
    }

    /** {@code self.name}. */
    public Object getattr(String attribute) {
        throw new UnsupportedOperationException("TODO(task 2): look the name up the way Python does for an instance - see katas/classes/README.md#task-2");
    }
}
