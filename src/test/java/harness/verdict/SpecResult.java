package harness.verdict;

/**
 * One spec's outcome.
 *
 * @param id      JUnit's unique id: the key that ties a reported result to the trusted spec list
 * @param path    the display names from the spec class down, joined with " › "
 * @param task    the N of its {@code @Tag("task-N")}, or 0 when it has none
 * @param message the useful part of the failure, a few lines at most; empty when it passed
 * @param output  what the code under test printed while this spec ran, capped
 */
public record SpecResult(String id, String path, int task, SpecStatus status, String message, String output) {

    public boolean passed() {
        return status == SpecStatus.PASSED;
    }

    public SpecResult withStatus(SpecStatus newStatus, String newMessage) {
        return new SpecResult(id, path, task, newStatus, newMessage, output);
    }
}
