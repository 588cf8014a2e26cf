package asyncio;

/** What {@code open_connection} returns: Python's {@code (reader, writer)} tuple. */
public record StreamPair(StreamReader reader, StreamWriter writer) {
}
