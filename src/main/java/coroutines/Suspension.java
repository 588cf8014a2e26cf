package coroutines;

/** How one run of a body ended: a yield, a delegation ({@code yield from}/{@code await}) to {@code value}, or a return. */
public record Suspension(Kind kind, Object value) {
    /** The three ways a run can end without raising. */
    public enum Kind {
        YIELD,
        DELEGATE,
        RETURN
    }
}
