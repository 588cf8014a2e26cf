package generators;

/** What {@code iter()} builds for an object that only has {@code __getitem__} (CPython's {@code iterator} type). */
public final class SequenceIterator implements PyIterator {

    /** An iterator that will ask {@code sequence[0]}, {@code sequence[1]}, ... */
    public SequenceIterator(PyGetItem sequence) {
        throw new UnsupportedOperationException("TODO(task 1): remember the sequence to iterate - see katas/generators/README.md#task-1");
    }

    /** {@code iter(it)} on an iterator. */
    @Override
    public Object __iter__() {
        throw new UnsupportedOperationException("TODO(task 1): behave like an iterator under iter() - see katas/generators/README.md#task-1");
    }

    /** The next item, until the sequence signals its end. */
    @Override
    public Object __next__() {
        throw new UnsupportedOperationException("TODO(task 1): return the next item of the sequence - see katas/generators/README.md#task-1");
    }
}
