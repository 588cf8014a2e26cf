package asyncio;

/** Python's {@code asyncio.QueueEmpty}: {@code get_nowait()} on an empty queue. */
public class QueueEmpty extends py.PyException {
    private static final long serialVersionUID = 1L;

    public QueueEmpty() {
        super("");
    }
}
