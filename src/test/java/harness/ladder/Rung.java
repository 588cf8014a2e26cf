package harness.ladder;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One solution file as a learner who has solved tasks 1 to N would have it: the solution's text,
 * with the body of every member whose stub twin says {@code TODO(task K)}, K > N, put back to the
 * stub's body, and a member that a later task extends cut back to its earlier {@link
 * LadderSection.Stage stage}. Everything the stub does not say (fields, initializers, private
 * helpers) stays solved.
 */
public final class Rung {
    private Rung() {
    }

    /**
     * @param twins  by the key of a solution member, its stub twin
     * @param stages by the key of a solution member, its earlier stage
     * @param solved N: the tasks 1 to N are solved
     */
    public static String assemble(SourceMembers solution, Map<String, SourceMembers.Member> twins,
                                  Map<String, LadderSection.Stage> stages, int solved) {
        // From the end backwards, so that each swap leaves the positions of the ones before it valid.
        Map<SourceMembers.Member, String> bodies = new TreeMap<>(Comparator.comparingInt(SourceMembers.Member::bodyStart).reversed());
        for (SourceMembers.Member member : solution.members().values()) {
            SourceMembers.Member twin = twins.get(member.key());
            LadderSection.Stage stage = stages.get(member.key());
            if (member.implicit()) {
                continue;
            }
            if (twin != null && task(twin) > solved) {
                bodies.put(member, stubBody(member, twin));
            } else if (stage != null && solved < stage.before()) {
                bodies.put(member, "{\n" + stage.body().indent(8) + "    }");
            }
        }
        StringBuilder text = new StringBuilder(solution.text());
        bodies.forEach((member, body) -> text.replace(member.bodyStart(), member.bodyEnd(), body));
        return text.toString();
    }

    /** The task a stub's member belongs to, or 0 when its body has no TODO: solved from the start. */
    public static int task(SourceMembers.Member stubMember) {
        return stubMember.tasks().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The stub's body; in a constructor, after the solution's own {@code super(...)} when the stub
     * relies on the implicit one, which the solution's superclass may not have.
     */
    private static String stubBody(SourceMembers.Member member, SourceMembers.Member twin) {
        if (!member.prologue().isEmpty() && twin.prologue().isEmpty()) {
            return "{" + member.prologue() + twin.body().substring(1);
        }
        return twin.body();
    }
}
