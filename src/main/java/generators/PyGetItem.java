package generators;

/** Python's old sequence protocol: {@code __getitem__(i)} for i = 0, 1, 2, ... until IndexError. */
public interface PyGetItem {
    /** {@code obj[index]}: the item, or {@code throw new IndexError(...)} past the end. */
    Object __getitem__(int index);
}
