package generators;

import py.StopIteration;

/** A countdown written as a hand-made iterator: the state lives in a field, not in a frame. */
public final class Countdown implements PyIterator {
    private int next;

    /** A countdown that will produce {@code from, from - 1, ..., 1}. */
    public Countdown(int from) {
        this.next = from;
    }

    /** An iterator returns itself, so a for loop over it continues where it stopped. */
    @Override
    public Object __iter__() {
        return this;
    }

    /** The next number, or StopIteration once 1 has been produced. */
    @Override
    public Object __next__() {
        if (next <= 0) {
            throw new StopIteration();
        }
        return next--;
    }
}
