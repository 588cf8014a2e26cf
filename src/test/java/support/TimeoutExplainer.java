package support;

import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Rewrites JUnit's timeout failure so that a learner knows what to look for. Registered for every
 * test through {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled}.
 */
public final class TimeoutExplainer implements TestExecutionExceptionHandler {

    /** The advice where the kata has threads (or coroutines built on them) that can wait on each other. */
    static final String HINT = "probably deadlocked or looping: look for a wait() without a notify(), "
            + "a lock that is never released, or a loop whose condition never changes";
    /** The advice where nothing waits on anything: only slow or endless work can time out. */
    static final String SINGLE_THREADED_HINT = "too slow or never ending: look for an infinite loop, "
            + "or for a quadratic or exponential algorithm (copying a growing buffer, re-scanning from the start)";
    /** The katas whose code runs on several threads; the others never block. */
    static final Set<String> CONCURRENT_KATAS = Set.of("sockets", "threads", "processes", "selectors", "coroutines", "asyncio", "crawler");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (isTimeout(thrown)) {
            AssertionFailedError explained = new AssertionFailedError(
                    "[" + context.getDisplayName() + "] " + thrown.getMessage() + ": " + hintFor(context.getRequiredTestClass().getPackageName()), thrown);
            explained.setStackTrace(new StackTraceElement[0]);
            throw explained;
        }
        throw thrown;
    }

    /** The advice for a spec in {@code specPackage}: its kata is the first part of the name. */
    public static String hintFor(String specPackage) {
        String kata = specPackage.split("\\.")[0];
        return CONCURRENT_KATAS.contains(kata) ? HINT : SINGLE_THREADED_HINT;
    }

    private static boolean isTimeout(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage());
        return thrown instanceof TimeoutException
                || (thrown instanceof AssertionFailedError && message.contains("timed out after"));
    }
}
