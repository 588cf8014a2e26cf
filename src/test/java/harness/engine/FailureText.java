package harness.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a spec's failure into the few lines a learner should read first: the stub's TODO when a
 * stub threw, the falsifying value and its cause for a property, the root cause of a static
 * initializer, the member a spec could not find, and otherwise the assertion's own lines. Control
 * characters are escaped and the text is capped, so one message never floods a screen.
 */
public final class FailureText {
    static final int MAX_LINES = 8;
    static final int MAX_LINE = 240;
    private static final Pattern TODO = Pattern.compile("TODO\\(task \\d+\\): .*");
    private static final Pattern PROPERTY = Pattern.compile(
            "(?s).*?Property falsified after (\\d+) example\\(s\\)\\s*\\R"
                    + "Smallest found falsifying value\\(s\\) :-\\R(.*?)\\R(?:Cause was :-\\R(.*?))?(?:\\ROther found falsifying value\\(s\\) :-.*)?$");

    private FailureText() {
    }

    public static String of(Throwable failure) {
        return cap(lines(failure));
    }

    private static List<String> lines(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof UnsupportedOperationException && TODO.matcher(message).matches()) {
                return List.of(message);
            }
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        Matcher property = PROPERTY.matcher(message);
        if (property.matches()) {
            return property(property);
        }
        if (failure instanceof ExceptionInInitializerError
                || (failure instanceof NoClassDefFoundError && message.startsWith("Could not initialize class"))) {
            Throwable root = rootCause(failure);
            return List.of("a static initializer failed" + (message.isBlank() ? "" : " (" + message + ")") + ": " + describe(root));
        }
        if (failure instanceof IncompatibleClassChangeError || failure instanceof NoClassDefFoundError) {
            return List.of("the spec calls something your code does not declare, or declares differently: " + describe(failure),
                    "keep every public class and member of the stub, with the same signature");
        }
        if (failure instanceof AssertionError) {
            return message.lines().toList();
        }
        List<String> lines = new ArrayList<>(List.of(describe(failure)));
        if (failure.getCause() != null) {
            lines.add("caused by " + describe(rootCause(failure)));
        }
        return lines;
    }

    /** "Property falsified after 3 example(s)" becomes the value it failed for and why. */
    private static List<String> property(Matcher property) {
        List<String> lines = new ArrayList<>();
        lines.add("property falsified after " + property.group(1) + " example(s), for: " + property.group(2).strip());
        String cause = property.group(3);
        if (cause != null) {
            List<String> causeLines = cause.lines().filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t..."))
                    .map(String::strip).map(line -> line.replaceFirst("^(java\\.lang\\.AssertionError|org\\.opentest4j\\.AssertionFailedError): ", ""))
                    .filter(line -> !line.isEmpty()).toList();
            for (String line : causeLines) {
                Matcher todo = TODO.matcher(line.replaceFirst("^[\\w.$]+: ", ""));
                if (todo.matches()) {
                    return List.of(todo.group());
                }
            }
            causeLines.stream().limit(MAX_LINES - 1).map(line -> "  " + line).forEach(lines::add);
        }
        return lines;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        return thrown.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** At most {@link #MAX_LINES} lines of at most {@link #MAX_LINE} characters, control characters escaped. */
    static String cap(List<String> lines) {
        List<String> kept = new ArrayList<>();
        List<String> nonBlank = lines.stream().filter(line -> !line.isBlank()).toList();
        for (String line : nonBlank) {
            if (kept.size() == MAX_LINES) {
                kept.set(MAX_LINES - 1, "… (" + (nonBlank.size() - MAX_LINES + 1) + " more lines)");
                break;
            }
            String escaped = escape(line.stripTrailing());
            kept.add(escaped.length() > MAX_LINE ? escaped.substring(0, MAX_LINE - 1) + "…" : escaped);
        }
        return String.join("\n", kept);
    }

    static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
