package orm;

import py.PyException;

/** PEP 249's {@code DatabaseError}: the database refused or failed a statement. */
public class DatabaseError extends PyException {
    private static final long serialVersionUID = 1L;

    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }
}
