package harness.render;

import harness.verdict.KataStatus;
import harness.verdict.Verdict;

/** What a verdict is worth: a share of 100 by specs passed, and nothing for code that breaks a rule. */
public final class Points {
    public static final int PER_KATA = 100;

    private Points() {
    }

    public static int of(Verdict verdict) {
        if (verdict.status() == KataStatus.RULE_VIOLATION || verdict.status() == KataStatus.COMPILE_ERROR || verdict.expected() == 0) {
            return 0;
        }
        return (int) (PER_KATA * verdict.passed() / verdict.expected());
    }
}
