package references;

import java.util.Map;

/** The body of a function: runs with its parameters bound in {@code locals} and returns a value. */
@FunctionalInterface
public interface Body {
    Object run(Map<String, Object> locals);
}
