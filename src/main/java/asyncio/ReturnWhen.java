package asyncio;

/** When {@link Asyncio#wait} may return, as in {@code asyncio.FIRST_COMPLETED} and friends. */
public enum ReturnWhen {
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED
}
