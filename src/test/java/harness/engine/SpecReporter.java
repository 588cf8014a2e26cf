package harness.engine;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports each spec once, as soon as it is decided: passed, failed (with its {@link FailureText})
 * or not run. A generated case's failure counts against its spec; a spec class that fails as a
 * whole (its initializer threw, say) fails every spec inside it.
 */
final class SpecReporter implements TestExecutionListener {
    private final Consumer<JsonObject> sink;
    private final OutputCapture output;
    private final Map<String, String> firstCaseFailure = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private TestPlan plan;
    private Optional<TestIdentifier> lastTimedOut = Optional.empty();

    SpecReporter(Consumer<JsonObject> sink, OutputCapture output) {
        this.sink = sink;
        this.output = output;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (SpecUnits.isUnit(plan, test)) {
            output.take();
            JsonObject event = new JsonObject();
            event.addProperty("event", "start");
            event.addProperty("id", test.getUniqueId());
            sink.accept(event);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        for (TestIdentifier unit : SpecUnits.unitsUnder(plan, test)) {
            report(unit, "NOT_RUN", "skipped: " + reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String message = result.getThrowable().map(FailureText::of).orElse("");
        boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (SpecUnits.isUnit(plan, test)) {
            String caseFailure = firstCaseFailure.remove(test.getUniqueId());
            boolean anyFailed = failed || caseFailure != null;
            report(test, anyFailed ? "FAILED" : "PASSED", failed ? message : caseFailure == null ? "" : caseFailure);
            if (failed && message.contains("timed out after")) {
                lastTimedOut = Optional.of(test);
            }
        } else if (test.isTest() || test.getSource().isPresent() && SpecUnits.unitOf(plan, test).isPresent()) {
            SpecUnits.unitOf(plan, test).filter(unit -> failed)
                    .ifPresent(unit -> firstCaseFailure.putIfAbsent(unit.getUniqueId(), "[" + test.getDisplayName() + "] " + message));
        } else if (failed) {
            for (TestIdentifier unit : SpecUnits.unitsUnder(plan, test)) {
                report(unit, "FAILED", message);
            }
        }
    }

    /** The spec that last failed by timing out, so that its left-over thread can be looked for. */
    Optional<TestIdentifier> takeTimedOut() {
        Optional<TestIdentifier> timedOut = lastTimedOut;
        lastTimedOut = Optional.empty();
        return timedOut;
    }

    private void report(TestIdentifier unit, String status, String message) {
        if (!reported.add(unit.getUniqueId())) {
            return;
        }
        JsonObject event = new JsonObject();
        event.addProperty("event", "spec");
        event.addProperty("id", unit.getUniqueId());
        event.addProperty("path", SpecUnits.path(plan, unit));
        event.addProperty("task", SpecUnits.task(plan, unit));
        event.addProperty("status", status);
        event.addProperty("message", message);
        event.addProperty("output", "PASSED".equals(status) ? "" : output.take());
        sink.accept(event);
    }
}
