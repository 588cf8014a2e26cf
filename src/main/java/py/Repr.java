package py;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small {@code repr()} for the Java values that stand in for Python ones: strings get single
 * quotes, {@code null} is {@code None}, booleans are {@code True}/{@code False}, lists print
 * as {@code [1, 2]} and maps as <code>{'a': 1}</code>. Used for messages such as KeyError's.
 */
public final class Repr {
    private Repr() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof CharSequence s) {
            return quote(s.toString());
        }
        if (value instanceof List<?> list) {
            return join("[", list.iterator(), "]");
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(of(entry.getKey())).append(": ").append(of(entry.getValue()));
                separator = ", ";
            }
            return out.append('}').toString();
        }
        return String.valueOf(value);
    }

    private static String join(String open, Iterator<?> items, String close) {
        StringBuilder out = new StringBuilder(open);
        String separator = "";
        while (items.hasNext()) {
            out.append(separator).append(of(items.next()));
            separator = ", ";
        }
        return out.append(close).toString();
    }

    /** Python prefers single quotes and switches to double quotes when the text holds a ' but no ". */
    private static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
