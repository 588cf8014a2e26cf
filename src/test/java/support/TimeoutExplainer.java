package support;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Rewrites JUnit's timeout failure so that a learner knows what to look for. Registered for every
 * test through {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled}.
 */
public final class TimeoutExplainer implements TestExecutionExceptionHandler {

    static final String HINT = "probably deadlocked or looping: look for a wait() without a notify(), "
            + "a lock that is never released, or a loop whose condition never changes";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (isTimeout(thrown)) {
            AssertionFailedError explained = new AssertionFailedError(
                    "[" + context.getDisplayName() + "] " + thrown.getMessage() + ": " + HINT, thrown);
            explained.setStackTrace(new StackTraceElement[0]);
            throw explained;
        }
        throw thrown;
    }

    private static boolean isTimeout(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage());
        return thrown instanceof TimeoutException
                || (thrown instanceof AssertionFailedError && message.contains("timed out after"));
    }
}
