package threads;

/**
 * The notes' two-speaker poem, for any number of speakers: speaker i may only speak when it is
 * its turn, and then hands the turn to speaker (i + 1) % speakers. All coordination goes through
 * one {@link PyCondition}.
 */
public final class TurnTaking {
    /** Speaker 0 goes first. */
    public TurnTaking(int speakers, PyCondition condition) {
        throw new UnsupportedOperationException("TODO(task 6): a conversation where speaker 0 has the first turn - see katas/threads/README.md#task-6");
    }

    /** Blocks until it is {@code speaker}'s turn, runs {@code line}, then passes the turn on. */
    public void speak(int speaker, Runnable line) {
        throw new UnsupportedOperationException("TODO(task 6): speak in strict turn, whatever order the threads arrive in - see katas/threads/README.md#task-6");
    }
}
