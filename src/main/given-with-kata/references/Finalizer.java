package references;

/**
 * A {@code __del__} method: runs when its object is about to be freed. It may resurrect the
 * object by storing a new reference to it, for example {@code heap.bind("saved", self)}.
 */
@FunctionalInterface
public interface Finalizer {
    void run(Heap heap, PyObj self);
}
