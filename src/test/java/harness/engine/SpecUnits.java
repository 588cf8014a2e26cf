package harness.engine;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.PackageNameFilter.includePackageNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * What counts as one spec. A spec is a test method: a {@code @Test}, or a whole
 * {@code @TestFactory} or {@code @ParameterizedTest}, whose generated cases pass or fail together.
 * The parent's trusted discovery and the kata JVM's report use this one definition, so that every
 * reported result can be matched against the list of specs that were expected.
 */
public final class SpecUnits {
    /** The tag of a spec of given code: code the kata hands every learner ready-made (src/main/java, src/main/given-with-kata). */
    public static final String GIVEN = "given";

    private SpecUnits() {
    }

    /** Discovers a kata's specs in {@code specRoot} only, never in the code under test. */
    public static LauncherDiscoveryRequest request(String slug, Path specRoot, int task, List<String> ids) {
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.jupiter.testclass.order.default", TaskOrder.class.getName());
        if (ids.isEmpty()) {
            builder.selectors(selectClasspathRoots(Set.of(specRoot)))
                    .filters(includePackageNames(slug), includeClassNamePatterns(".*Spec", ".*Spec\\$.*"));
        } else {
            builder.selectors(ids.stream().map(id -> selectUniqueId(id)).toList());
        }
        // Specs of given code pass on the stubs by design: they belong to the default build, not to a kata's verdict.
        builder.filters(TagFilter.excludeTags(GIVEN));
        if (task > 0) {
            builder.filters(TagFilter.includeTags("task-" + task));
        }
        return builder.build();
    }

    public static boolean isUnit(TestPlan plan, TestIdentifier test) {
        return isMethod(test) && plan.getParent(test).map(parent -> !isMethod(parent)).orElse(true);
    }

    /** The spec a generated case belongs to, or the spec itself. */
    public static Optional<TestIdentifier> unitOf(TestPlan plan, TestIdentifier test) {
        for (Optional<TestIdentifier> current = Optional.of(test); current.isPresent();
                current = plan.getParent(current.get())) {
            if (isUnit(plan, current.get())) {
                return current;
            }
        }
        return Optional.empty();
    }

    /** Every spec at or below {@code root}, in plan order. */
    public static List<TestIdentifier> unitsUnder(TestPlan plan, TestIdentifier root) {
        List<TestIdentifier> units = new ArrayList<>();
        if (isUnit(plan, root)) {
            units.add(root);
            return units;
        }
        for (TestIdentifier child : plan.getChildren(root)) {
            units.addAll(unitsUnder(plan, child));
        }
        return units;
    }

    /** Every spec of the plan, in plan order. */
    public static List<TestIdentifier> all(TestPlan plan) {
        List<TestIdentifier> units = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            units.addAll(unitsUnder(plan, root));
        }
        return units;
    }

    /** The display names from the spec class down to the spec. */
    public static String path(TestPlan plan, TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> current = Optional.of(test); current.isPresent() && current.get().getParentId().isPresent();
                current = plan.getParent(current.get())) {
            names.add(0, current.get().getDisplayName());
        }
        return String.join(" › ", names);
    }

    /** The lowest N among the {@code task-N} tags of the spec and of the classes around it, or 0. */
    public static int task(TestPlan plan, TestIdentifier test) {
        OptionalInt lowest = OptionalInt.empty();
        for (Optional<TestIdentifier> current = Optional.of(test); current.isPresent(); current = plan.getParent(current.get())) {
            OptionalInt here = current.get().getTags().stream().map(TestTag::getName).filter(tag -> tag.matches("task-\\d+"))
                    .mapToInt(tag -> Integer.parseInt(tag.substring("task-".length()))).min();
            if (here.isPresent() && (lowest.isEmpty() || here.getAsInt() < lowest.getAsInt())) {
                lowest = here;
            }
        }
        return lowest.orElse(0);
    }

    private static boolean isMethod(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).isPresent();
    }
}
