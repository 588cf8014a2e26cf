package sequences;

import java.util.List;

/** The notes' sliceable Group of staff names, made a real sequence: it has len() and refuses bad keys. */
public final class Group extends AbstractSequence<String> {

    public Group(String groupName, String companyName, List<String> staffs) {
        throw new UnsupportedOperationException("TODO(task 3): remember the names and the staff list - see katas/sequences/README.md#task-3");
    }

    public String groupName() {
        throw new UnsupportedOperationException("TODO(task 3): return the group name - see katas/sequences/README.md#task-3");
    }

    public String companyName() {
        throw new UnsupportedOperationException("TODO(task 3): return the company name - see katas/sequences/README.md#task-3");
    }

    public List<String> staffs() {
        throw new UnsupportedOperationException("TODO(task 3): return the staff names - see katas/sequences/README.md#task-3");
    }

    /** One staff name, for the sequence protocol. */
    @Override
    public String getItem(int index) {
        throw new UnsupportedOperationException("TODO(task 3): return one staff name, or raise IndexError like a list - see katas/sequences/README.md#task-3");
    }

    @Override
    public int len() {
        throw new UnsupportedOperationException("TODO(task 3): return the number of staff - see katas/sequences/README.md#task-3");
    }

    /** The notes' {@code group[key]}: a new Group for an int or a slice, TypeError for anything else. */
    public Group subscript(Object key) {
        throw new UnsupportedOperationException("TODO(task 3): return a new Group for an int or a slice key - see katas/sequences/README.md#task-3");
    }
}
