package sequences;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the element moves a data structure makes, by looking into it between two calls: every
 * slot of its {@code Object[]} fields (and of its {@code List} fields, by position) that holds a
 * different object than at the last look was written since. A ring buffer writes one slot per
 * appendleft; an array that shifts its items writes all of them. A replaced array counts as a copy
 * of every item in it. Library deques ({@link Deque}) are O(1) at both ends and are not looked into.
 */
final class SlotWrites {
    private final Object watched;
    private final List<Field> fields = new ArrayList<>();
    private final Map<Field, Object> lastContainer = new IdentityHashMap<>();
    private final Map<Field, Object[]> lastSlots = new IdentityHashMap<>();
    private long writes;
    private String busiestField = "(none)";
    private long busiestWrites;

    SlotWrites(Object watched) {
        this.watched = watched;
        for (Class<?> type = watched.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        look();
        writes = 0;
    }

    /** Compares every watched field with the last look and adds the slots that changed. */
    void look() {
        for (Field field : fields) {
            Object container = read(field);
            Object[] slots = slotsOf(container);
            Object[] before = lastSlots.get(field);
            long changed = changedSlots(lastContainer.get(field) == container ? before : null, slots);
            writes += changed;
            if (changed > busiestWrites) {
                busiestWrites = changed;
                busiestField = watched.getClass().getSimpleName() + "." + field.getName();
            }
            lastContainer.put(field, container);
            lastSlots.put(field, slots);
        }
    }

    /** Slots written since this watch began. */
    long writes() {
        return writes;
    }

    /** The field with the most writes in one look, e.g. {@code PyDeque.items}, for the failure message. */
    String busiestField() {
        return busiestField;
    }

    private Object read(Field field) {
        try {
            return field.get(watched);
        } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException("cannot read " + field, unreadable);
        }
    }

    /** The slots of an Object[] or of a List that is not a library deque; nothing for anything else. */
    private static Object[] slotsOf(Object container) {
        if (container instanceof Object[] array) {
            return array.clone();
        }
        if (container instanceof List<?> list && !(container instanceof Deque<?>)) {
            return list.toArray();
        }
        return new Object[0];
    }

    /** Positions holding another object than before; with no "before" (a new array), every filled slot. */
    private static long changedSlots(Object[] before, Object[] after) {
        long changed = 0;
        for (int i = 0; i < after.length; i++) {
            Object previous = before != null && i < before.length ? before[i] : null;
            if (after[i] != previous) {
                changed++;
            }
        }
        if (before != null) {
            for (int i = after.length; i < before.length; i++) {
                changed += before[i] != null ? 1 : 0;
            }
        }
        return changed;
    }
}
