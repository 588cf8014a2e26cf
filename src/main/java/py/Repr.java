package py;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small {@code repr()} for the Java values that stand in for Python ones: strings get single
 * quotes, {@code null} is {@code None}, booleans are {@code True}/{@code False}, lists print
 * as {@code [1, 2]} and maps as <code>{'a': 1}</code>, and floats the way CPython prints them
 * ({@code 1e+16}, {@code 0.1}, {@code inf}, {@code -0.0}). Used for messages such as KeyError's.
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
        if (value instanceof Double || value instanceof Float) {
            return FloatRepr.of(((Number) value).doubleValue());
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

    /**
     * Python prefers single quotes and switches to double quotes when the text holds a ' but no ".
     * What is not printable is escaped, with the shortest of CPython's three escapes that fits
     * (two, four or eight hex digits): {@code \x00}, {@code \U000e0001}.
     */
    private static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    if (isPrintable(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(escape(c));
                    }
                }
            }
        });
        return out.append(quote).toString();
    }

    /** str.isprintable() for one character: not a control, format, surrogate, private or unassigned one, nor a separator but ' '. */
    private static boolean isPrintable(int c) {
        if (c < 0x7f) {
            return c >= ' ';
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** x with two hex digits up to 0xff, u with four up to 0xffff, U with eight beyond. */
    private static String escape(int c) {
        if (c <= 0xff) {
            return String.format("\\x%02x", c);
        }
        return c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }
}
