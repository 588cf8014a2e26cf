package harness;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one kata's specs in this JVM through the JUnit Platform Launcher, for the watch and hint
 * commands. The specs run against whatever kata classes the current class loader sees.
 */
public final class KataRunner {

    /** One spec's outcome; {@code task} comes from its {@code @Tag("task-N")}. */
    public record SpecResult(String name, OptionalInt task, boolean passed, String message) {
    }

    /** All outcomes, in execution order. */
    public record Verdict(String slug, List<SpecResult> specs) {
        public long passed() {
            return specs.stream().filter(SpecResult::passed).count();
        }

        /** The first failing spec of the lowest-numbered task that has a failure. */
        public Optional<SpecResult> firstFailure() {
            return specs.stream().filter(spec -> !spec.passed())
                    .min(Comparator.comparingInt(spec -> spec.task().orElse(Integer.MAX_VALUE)));
        }
    }

    private KataRunner() {
    }

    public static Verdict run(String slug) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(slug))
                .filters(includeClassNamePatterns(".*Spec", ".*Spec\\$.*"))
                .build();
        Collector collector = new Collector();
        LauncherFactory.create().execute(request, collector);
        return new Verdict(slug, collector.results);
    }

    private static final class Collector implements TestExecutionListener {
        private final List<SpecResult> results = new ArrayList<>();
        private TestPlan plan;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            boolean containerFailed = test.isContainer() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            if (!test.isTest() && !containerFailed) {
                return;
            }
            String message = result.getThrowable().map(thrown -> String.valueOf(thrown.getMessage())).orElse("");
            results.add(new SpecResult(path(test), task(test), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                    KataReport.firstLine(message)));
        }

        private String path(TestIdentifier test) {
            List<String> names = new ArrayList<>();
            for (Optional<TestIdentifier> current = Optional.of(test); current.isPresent() && current.get().getParentId().isPresent();
                    current = plan.getParent(current.get())) {
                names.add(0, current.get().getDisplayName());
            }
            return String.join(" › ", names);
        }

        private static OptionalInt task(TestIdentifier test) {
            return test.getTags().stream().map(TestTag::getName).filter(tag -> tag.matches("task-\\d+"))
                    .mapToInt(tag -> Integer.parseInt(tag.substring("task-".length()))).min();
        }
    }
}
