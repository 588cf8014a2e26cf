package sequences;

import java.util.ArrayList;
import java.util.List;
import py.TypeError;

/** The notes' sliceable Group of staff names, made a real sequence: it has len() and refuses bad keys. */
public final class Group extends AbstractSequence<String> {
    private final String groupName;
    private final String companyName;
    private final List<String> staffs;

    public Group(String groupName, String companyName, List<String> staffs) {
        this.groupName = groupName;
        this.companyName = companyName;
        // A copy: slicing a Group must never share (or change) the original's list.
        this.staffs = List.copyOf(new ArrayList<>(staffs));
    }

    public String groupName() {
        return groupName;
    }

    public String companyName() {
        return companyName;
    }

    public List<String> staffs() {
        return staffs;
    }

    /** One staff name, for the sequence protocol. */
    @Override
    public String getItem(int index) {
        return staffs.get(PyValues.normalize(index, staffs.size(), "list index out of range"));
    }

    @Override
    public int len() {
        return staffs.size();
    }

    /** The notes' {@code group[key]}: a new Group of the same type and names for an int or a slice. */
    public Group subscript(Object key) {
        if (PyValues.isInt(key)) {
            int position = PyValues.normalize(PyValues.asLong(key), staffs.size(), "list index out of range");
            return new Group(groupName, companyName, List.of(staffs.get(position)));
        }
        if (key instanceof PySlice slice) {
            int[] range = slice.indices(staffs.size());
            List<String> picked = new ArrayList<>();
            for (int i = 0, position = range[0]; i < PySlice.length(range); i++, position += range[2]) {
                picked.add(staffs.get(position));
            }
            return new Group(groupName, companyName, picked);
        }
        throw new TypeError("Group indices must be integers or slices, not " + PyValues.typeName(key));
    }
}
