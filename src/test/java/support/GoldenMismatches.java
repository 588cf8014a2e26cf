package support;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares a kata's answers with the CPython answers of a golden fixture and reports the differences
 * in one shape: the call in Python notation, CPython's answer, yours; the first few, and the total.
 *
 * <pre>{@code
 * GoldenMismatches mismatches = new GoldenMismatches("class statements");
 * for (...) mismatches.compare("class K1(K0, K0): pass", cpythonAnswer, yourAnswer);
 * mismatches.assertNone();
 * }</pre>
 */
public final class GoldenMismatches {
    private static final int SHOWN = 5;

    private final String what;
    private final List<String> shown = new ArrayList<>();
    private int compared;
    private int differing;

    /** @param what the cases, in the plural, as the report names them ("class statements") */
    public GoldenMismatches(String what) {
        this.what = what;
    }

    /** Records one case; answers are compared as text, with control characters shown escaped in the report. */
    public void compare(String call, String cpython, String yours) {
        compared++;
        if (cpython.equals(yours)) {
            return;
        }
        differing++;
        if (shown.size() < SHOWN) {
            shown.add(" - " + call + "\n   CPython: " + escaped(cpython) + "\n   yours:   " + escaped(yours));
        }
    }

    /** How many cases were compared so far. */
    public int compared() {
        return compared;
    }

    /** Fails with the report when any case differed. */
    public void assertNone() {
        if (differing > 0) {
            throw new AssertionError(differing + " of " + compared + " " + what + " differ from CPython 3.11 (first "
                    + shown.size() + " shown):\n" + String.join("\n", shown));
        }
    }

    /** A newline inside a message stays visible as {@code \n}, so each case keeps to its three lines. */
    private static String escaped(String answer) {
        StringBuilder out = new StringBuilder();
        for (char c : answer.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
