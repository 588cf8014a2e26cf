package coroutines;

/** The four states {@code inspect.getgeneratorstate()} reports. */
public enum GenState {
    GEN_CREATED,
    GEN_RUNNING,
    GEN_SUSPENDED,
    GEN_CLOSED
}
