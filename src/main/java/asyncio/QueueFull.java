package asyncio;

/** Python's {@code asyncio.QueueFull}: {@code put_nowait()} on a full queue. */
public class QueueFull extends py.PyException {
    private static final long serialVersionUID = 1L;

    public QueueFull() {
        super("");
    }
}
