package orm;

/** PEP 249's {@code IntegrityError}: a constraint such as the primary key's uniqueness was violated. */
public class IntegrityError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public IntegrityError(String message, Throwable cause) {
        super(message, cause);
    }
}
