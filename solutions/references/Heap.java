package references;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import py.AttributeError;
import py.NameError;

/**
 * A tiny CPython memory model: names and attributes are references, every object counts the
 * references to it, and an object whose count drops to zero is finalized ({@code __del__}) and
 * freed on the spot. {@link #collect()} is the cycle collector that reference counting needs.
 */
public final class Heap {
    private final Map<String, PyObj> names = new LinkedHashMap<>();
    /** Every object not yet freed, in creation order: what CPython's gc calls "tracked". */
    private final Set<PyObj> tracked = new LinkedHashSet<>();
    private final List<String> finalized = new ArrayList<>();

    /** {@code name = Obj()}: a new object labelled with the name, bound to it. */
    public PyObj create(String name) {
        return create(name, null);
    }

    /** {@code name = Obj()} for a class whose {@code __del__} is the given finalizer. */
    public PyObj create(String name, Finalizer finalizer) {
        PyObj obj = new PyObj(name, finalizer);
        tracked.add(obj);
        bind(name, obj);
        return obj;
    }

    /** {@code name = obj}: takes the new reference before dropping the old one, as CPython does. */
    public void bind(String name, PyObj obj) {
        obj.refcount++;
        PyObj previous = names.put(name, obj);
        if (previous != null) {
            decref(previous);
        }
    }

    /** Evaluating {@code name}. */
    public PyObj lookup(String name) {
        PyObj obj = names.get(name);
        if (obj == null) {
            throw new NameError("name '" + name + "' is not defined");
        }
        return obj;
    }

    /** {@code del name}: unbinds the name and drops one reference; it does not call {@code __del__}. */
    public void del(String name) {
        lookup(name);
        decref(names.remove(name));
    }

    /** {@code owner.attr = value}. */
    public void setAttr(PyObj owner, String attr, PyObj value) {
        value.refcount++;
        PyObj previous = owner.attributes.put(attr, value);
        if (previous != null) {
            decref(previous);
        }
    }

    /** {@code owner.attr}. */
    public PyObj getAttr(PyObj owner, String attr) {
        PyObj value = owner.attributes.get(attr);
        if (value == null) {
            throw noAttribute(attr);
        }
        return value;
    }

    /** {@code del owner.attr}. */
    public void delAttr(PyObj owner, String attr) {
        PyObj value = owner.attributes.remove(attr);
        if (value == null) {
            throw noAttribute(attr);
        }
        decref(value);
    }

    /** How many names and attributes refer to obj ({@code sys.getrefcount(obj) - 1}). */
    public int refcount(PyObj obj) {
        return obj.refcount;
    }

    /** False once obj has been freed. */
    public boolean isAlive(PyObj obj) {
        return obj.alive;
    }

    /** The labels of the objects whose {@code __del__} has run, in the order they ran. */
    public List<String> finalized() {
        return List.copyOf(finalized);
    }

    /**
     * {@code gc.collect()}: finds the objects that only garbage refers to, finalizes them once, and
     * frees those that their finalizers did not resurrect. Returns how many it freed.
     */
    public int collect() {
        Set<PyObj> unreachable = new LinkedHashSet<>(tracked);
        unreachable.removeAll(reachableFromOutside(tracked));
        for (PyObj obj : unreachable) {
            finalizeOnce(obj);
        }
        // A finalizer may have stored a reference to garbage somewhere live: look again.
        Set<PyObj> garbage = new LinkedHashSet<>(unreachable);
        garbage.removeAll(reachableFromOutside(unreachable));
        for (PyObj obj : garbage) {
            obj.alive = false;
            tracked.remove(obj);
        }
        for (PyObj obj : garbage) {
            clearAttributes(obj);
        }
        return garbage.size();
    }

    /**
     * CPython's trick: within a group of objects, gc_refs = refcount minus the references coming
     * from the group itself. A positive gc_refs means a reference from outside (a name, or a live
     * object outside the group); everything such an object reaches survives.
     */
    private static Set<PyObj> reachableFromOutside(Set<PyObj> group) {
        Map<PyObj, Integer> gcRefs = new HashMap<>();
        group.forEach(obj -> gcRefs.put(obj, obj.refcount));
        for (PyObj obj : group) {
            for (PyObj target : obj.attributes.values()) {
                gcRefs.computeIfPresent(target, (t, refs) -> refs - 1);
            }
        }
        Deque<PyObj> pending = new ArrayDeque<>();
        gcRefs.forEach((obj, refs) -> {
            if (refs > 0) {
                pending.add(obj);
            }
        });
        Set<PyObj> reachable = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            PyObj obj = pending.poll();
            if (group.contains(obj) && reachable.add(obj)) {
                pending.addAll(obj.attributes.values());
            }
        }
        return reachable;
    }

    private void decref(PyObj obj) {
        obj.refcount--;
        if (obj.refcount == 0) {
            deallocate(obj);
        }
    }

    /** Refcount hit zero: finalize (once), and free unless the finalizer resurrected the object. */
    private void deallocate(PyObj obj) {
        // Like CPython, hold a temporary reference while __del__ runs, so that it can tell resurrection.
        obj.refcount++;
        finalizeOnce(obj);
        obj.refcount--;
        if (obj.refcount > 0) {
            return;
        }
        obj.alive = false;
        tracked.remove(obj);
        clearAttributes(obj);
    }

    /** PEP 442: an object's finalizer runs at most once, even if the object is resurrected. */
    private void finalizeOnce(PyObj obj) {
        if (obj.finalized) {
            return;
        }
        obj.finalized = true;
        finalized.add(obj.label);
        if (obj.finalizer != null) {
            obj.finalizer.run(this, obj);
        }
    }

    /** Freeing an object drops the references it held, which may free more objects in turn. */
    private void clearAttributes(PyObj obj) {
        List<PyObj> held = new ArrayList<>(obj.attributes.values());
        obj.attributes.clear();
        for (PyObj target : held) {
            if (target.alive) {
                decref(target);
            }
        }
    }

    private static AttributeError noAttribute(String attr) {
        return new AttributeError("'Obj' object has no attribute '" + attr + "'");
    }
}
