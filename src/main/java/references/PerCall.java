package references;

import java.util.function.Supplier;

/**
 * A default that is made anew on every call that omits the argument, the way
 * {@code dataclasses.field(default_factory=list)} works. Put one in a default expression to opt out
 * of Python's evaluate-once rule.
 */
public record PerCall(Supplier<?> factory) {
}
