package harness.ladder;

import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one rung's verdict says about the kata's task order. With tasks 1 to N solved, every spec of
 * those tasks must pass (else a learner who did task N is stopped by a later one), and every spec of
 * a later task must fail (else it checks nothing that task asks for).
 */
public final class RungJudge {
    private static final Pattern TODO = Pattern.compile("TODO\\(task (\\d+)\\)");

    private RungJudge() {
    }

    /** The offenders, one line each (with the failure's message indented below), naming the kata, the rung and the spec. */
    public static List<String> offenders(Verdict verdict, int solved) {
        String rung = verdict.slug() + ": ladder, with " + solved(solved) + ": ";
        if (verdict.status() == KataStatus.COMPILE_ERROR || verdict.status() == KataStatus.RULE_VIOLATION) {
            List<String> why = new ArrayList<>(verdict.compileErrors());
            verdict.violations().forEach(violation -> why.add(violation.line()));
            return List.of(rung + "the kata does not build (" + verdict.status().json() + "): no body swap can express it"
                    + indented(String.join("\n", why)));
        }
        List<String> offenders = new ArrayList<>();
        if (!verdict.problem().isEmpty()) {
            offenders.add(rung + "the run stopped early (" + verdict.status().json() + ")" + indented(verdict.problem()));
        }
        for (SpecResult spec : verdict.specs()) {
            if (spec.status() == SpecStatus.NOT_RUN && !verdict.problem().isEmpty()) {
                continue; // the line above says why
            } else if (spec.task() <= solved && !spec.passed()) {
                offenders.add(rung + "task " + spec.task() + "'s spec " + needs(spec, solved) + ": " + spec.path() + indented(spec.message()));
            } else if (spec.task() > solved && spec.passed()) {
                offenders.add(rung + "task " + spec.task() + "'s spec passes before task " + spec.task()
                        + " is solved, so it checks nothing of that task: " + spec.path());
            }
        }
        return offenders;
    }

    /** A failure that names a later task's TODO says which task the spec really needs. */
    private static String needs(SpecResult spec, int solved) {
        Matcher todo = TODO.matcher(spec.message());
        while (todo.find()) {
            int task = Integer.parseInt(todo.group(1));
            if (task > solved) {
                return "needs a member of task " + task;
            }
        }
        return "fails with only " + solved(solved);
    }

    private static String solved(int solved) {
        return solved == 1 ? "task 1 solved" : "tasks 1-" + solved + " solved";
    }

    private static String indented(String text) {
        return text.isBlank() ? "" : "\n      " + text.strip().replace("\n", "\n      ");
    }
}
