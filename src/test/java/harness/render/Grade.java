package harness.render;

import harness.Manifest;
import harness.grading.ForkCode;
import harness.verdict.KataStatus;
import harness.verdict.Verdict;
import java.util.List;

/**
 * One grading run: every kata's verdict, in teaching order, and where the graded code came from.
 *
 * @param provenance who and what was graded, as far as the grader knows it
 * @param notGraded  the fork's files that grading left out, and why (only when grading a fork)
 */
public record Grade(Manifest manifest, List<Verdict> verdicts, Provenance provenance, List<ForkCode.Ignored> notGraded) {

    public Grade(Manifest manifest, List<Verdict> verdicts, Provenance provenance) {
        this(manifest, verdicts, provenance, List.of());
    }

    /**
     * @param upstreamRepository the repository the specs came from, or "" when grading a clone as it is
     * @param upstreamRef        the branch or tag asked for
     * @param upstreamSha        the commit the specs were taken from
     * @param studentRepository  the fork or directory whose katas were graded
     * @param studentSha         the commit graded
     * @param jdk                the JDK that ran the specs
     * @param started            ISO-8601 instants
     */
    public record Provenance(String upstreamRepository, String upstreamRef, String upstreamSha, String studentRepository,
                             String studentSha, String jdk, String started, String finished) {
    }

    public long passed() {
        return verdicts.stream().mapToLong(Verdict::passed).sum();
    }

    public int expected() {
        return verdicts.stream().mapToInt(Verdict::expected).sum();
    }

    public int points() {
        return verdicts.stream().mapToInt(Points::of).sum();
    }

    public int maxPoints() {
        return Points.PER_KATA * verdicts.size();
    }

    /** "passed" when every kata passed, "failed" otherwise. */
    public String status() {
        return verdicts.stream().allMatch(verdict -> verdict.status() == KataStatus.PASSED) ? "passed" : "failed";
    }
}
