package coroutines;

/** The four states {@code inspect.getcoroutinestate()} reports. */
public enum CoroState {
    CORO_CREATED,
    CORO_RUNNING,
    CORO_SUSPENDED,
    CORO_CLOSED
}
