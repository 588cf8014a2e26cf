package coroutines;

import py.PyBaseException;

/** What generators and coroutines have and plain iterators lack: send, throw and close. */
public interface GeneratorProtocol {
    /** {@code gen.send(value)}: resume with {@code value} as the result of the paused yield. */
    Object send(Object value);

    /** {@code gen.throw(exc)}: raise {@code exc} at the paused yield. */
    Object throw_(PyBaseException exc);

    /** {@code gen.close()}: raise GeneratorExit at the paused yield and insist the body finishes. */
    void close();
}
