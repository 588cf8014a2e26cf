package generators;

/** A countdown written as a hand-made iterator: the state lives in a field, not in a frame. */
public final class Countdown implements PyIterator {

    /** A countdown that will produce {@code from, from - 1, ..., 1}. */
    public Countdown(int from) {
        throw new UnsupportedOperationException("TODO(task 2): remember where the countdown starts - see katas/generators/README.md#task-2");
    }

    /** {@code iter(countdown)}. */
    @Override
    public Object __iter__() {
        throw new UnsupportedOperationException("TODO(task 2): behave like an iterator under iter() - see katas/generators/README.md#task-2");
    }

    /** The next number of the countdown. */
    @Override
    public Object __next__() {
        throw new UnsupportedOperationException("TODO(task 2): produce the next number of the countdown - see katas/generators/README.md#task-2");
    }
}
