package harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import harness.fixtures.LoopingFixture;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import support.TimeoutExplainer;

@DisplayName("A spec that never finishes")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // starts a nested JUnit run or git processes
class TimeoutExplainerTest {

    @Test
    @DisplayName("fails within its timeout, with advice that fits the kata")
    void loopingAndDeadlockedSpecsFailWithAnExplanation() {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        System.setProperty(LoopingFixture.ENABLED, "true");
        try {
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(LoopingFixture.class)).build(), listener);
        } finally {
            System.clearProperty(LoopingFixture.ENABLED);
        }
        TestExecutionSummary summary = listener.getSummary();

        assertThat(summary.getTestsFailedCount()).as("both the busy loop and the lost notify must fail").isEqualTo(2);
        List<String> messages = summary.getFailures().stream()
                .map(failure -> Optional.ofNullable(failure.getException().getMessage()).orElse("")).toList();
        assertThat(messages).as("failure messages of LoopingFixture")
                .allSatisfy(message -> assertThat(message).contains("timed out").contains(TimeoutExplainer.hintFor("harness.fixtures")));
    }

    @Test
    @DisplayName("speaks of locks only where the kata has threads, and of slow algorithms elsewhere")
    void adviceFitsTheKata() {
        assertThat(TimeoutExplainer.hintFor("threads")).as("advice in the threads kata").contains("lock");
        assertThat(TimeoutExplainer.hintFor("asyncio.streams")).as("advice in the asyncio kata").contains("lock");
        assertThat(TimeoutExplainer.hintFor("generators")).as("advice in the generators kata")
                .contains("quadratic").doesNotContain("lock");
    }
}
