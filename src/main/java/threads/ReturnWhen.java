package threads;

/** The {@code return_when} argument of {@code concurrent.futures.wait}. */
public enum ReturnWhen {
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
}
