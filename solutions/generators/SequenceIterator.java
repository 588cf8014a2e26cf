package generators;

import py.IndexError;
import py.StopIteration;

/** What {@code iter()} builds for an object that only has {@code __getitem__} (CPython's {@code iterator} type). */
public final class SequenceIterator implements PyIterator {
    private PyGetItem sequence;
    private int index;

    /** An iterator that will ask {@code sequence[0]}, {@code sequence[1]}, ... */
    public SequenceIterator(PyGetItem sequence) {
        this.sequence = sequence;
    }

    /** An iterator is its own iterable. */
    @Override
    public Object __iter__() {
        return this;
    }

    /** The next item; IndexError or StopIteration from {@code __getitem__} ends the iteration for good. */
    @Override
    public Object __next__() {
        if (sequence == null) {
            throw new StopIteration();
        }
        try {
            Object item = sequence.__getitem__(index);
            index++;
            return item;
        } catch (IndexError | StopIteration end) {
            // Like CPython, drop the sequence: an exhausted iterator stays exhausted even if it grows.
            sequence = null;
            throw new StopIteration();
        }
    }
}
