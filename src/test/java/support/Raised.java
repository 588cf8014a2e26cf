package support;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Catches the exception CPython's answer to a call is, so a spec can go on to check its message, value or
 * cause with descriptions of their own. The call's description stays on the failure even when the call
 * raises nothing (AssertJ's one-argument assertThatThrownBy would drop it).
 */
public final class Raised {
    private Raised() {
    }

    /**
     * The {@code type} that {@code call} raised; fails, naming {@code pythonCall}, when it raised nothing or
     * something else. Say in {@code pythonCall} what CPython raises.
     */
    public static <T extends Throwable> T raised(Class<T> type, String pythonCall, ThrowingCallable call) {
        return assertThatExceptionOfType(type).as(pythonCall).isThrownBy(call).actual();
    }
}
