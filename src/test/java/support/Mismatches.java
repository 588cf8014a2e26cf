package support;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one golden-fixture helper of every kata: where code under test disagrees with CPython over a
 * fixture, reported in one shape: what was checked, how many cases disagree out of how many, then the first few, each
 * as the call in Python notation, CPython's answer and yours.
 *
 * <pre>
 * repr(float): 2 of 9588 cases disagree with CPython; the first 2:
 *   repr(1e+16) -> CPython 1e+16, yours 1.0E16
 *   repr(1e-05) -> CPython 1e-05, yours 1.0E-5
 * </pre>
 */
public final class Mismatches {
    private static final int SHOWN = 6;
    private static final int LONGEST_ANSWER = 160;
    private static final int LONGEST_CALL = 360;

    private final String what;
    private final List<String> first = new ArrayList<>();
    private int disagreeing;
    private int cases;

    public Mismatches(String what) {
        this.what = what;
    }

    /** One case: counts it, and records it when the answers differ (compared with equals). */
    public void check(String call, Object cpython, Object yours) {
        cases++;
        if (!Objects.equals(cpython, yours)) {
            record(call, cpython, yours);
        }
    }

    /** One case that agreed, when the caller compared the answers itself. */
    public void agreed() {
        cases++;
    }

    /** One case that disagreed, when the caller compared the answers itself. */
    public void disagreed(String call, Object cpython, Object yours) {
        cases++;
        record(call, cpython, yours);
    }

    /** How many cases were checked so far, so that a spec can assert the fixture was not empty. */
    public int cases() {
        return cases;
    }

    /** Fails with the count and the first few cases unless every case agreed. */
    public void assertNone() {
        if (disagreeing > 0) {
            fail("%s: %d of %d cases disagree with CPython; the first %d:%n  %s", what, disagreeing, cases, first.size(),
                    String.join(System.lineSeparator() + "  ", first));
        }
    }

    private void record(String call, Object cpython, Object yours) {
        disagreeing++;
        if (first.size() < SHOWN) {
            first.add(tail(call) + " -> CPython " + shorten(cpython) + ", yours " + shorten(yours));
        }
    }

    /** A long script keeps its end, where it went wrong. */
    private static String tail(String call) {
        return call.length() <= LONGEST_CALL ? call : "..." + call.substring(call.length() - LONGEST_CALL);
    }

    /** A newline inside an answer stays visible as {@code \n}, so that each case keeps to its line. */
    private static String shorten(Object answer) {
        String text = escaped(String.valueOf(answer));
        return text.length() <= LONGEST_ANSWER ? text : text.substring(0, LONGEST_ANSWER) + "...";
    }

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
