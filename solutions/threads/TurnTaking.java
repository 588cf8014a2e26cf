package threads;

/**
 * The notes' two-speaker poem, for any number of speakers: speaker i may only speak when it is
 * its turn, and then hands the turn to speaker (i + 1) % speakers. All coordination goes through
 * one {@link PyCondition}.
 */
public final class TurnTaking {
    private final int speakers;
    private final PyCondition condition;
    // Guarded by the condition's lock. This shared state is what the notes' version lacks.
    private int turn;

    /** Speaker 0 goes first. */
    public TurnTaking(int speakers, PyCondition condition) {
        this.speakers = speakers;
        this.condition = condition;
    }

    /** Blocks until it is {@code speaker}'s turn, runs {@code line}, then passes the turn on. */
    public void speak(int speaker, Runnable line) {
        condition.acquire();
        try {
            // wait_for re-checks after every wakeup, so a notify that came before we waited is
            // not lost (the turn is already ours) and a spurious wakeup changes nothing.
            condition.waitFor(() -> turn == speaker);
            line.run();
            turn = (turn + 1) % speakers;
            // notify_all, not notify: the one woken by notify() might not be the next speaker.
            condition.signalAll();
        } finally {
            condition.release();
        }
    }
}
