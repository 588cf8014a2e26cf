package dunders;

/** Python's {@code NotImplemented}: what a binary dunder returns to say "I don't know this operand, ask the other one". */
public enum NotImplemented {
    NOT_IMPLEMENTED
}
