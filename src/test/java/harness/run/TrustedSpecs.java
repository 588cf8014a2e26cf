package harness.run;

import harness.engine.SpecUnits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The list of specs a kata is graded against, discovered in this (trusted) JVM from the compiled
 * specs and the reference API. Results a kata's JVM reports are only counted when they match an
 * entry here, and an entry nobody reported counts as not run: the learner's code cannot add,
 * drop or rename a spec.
 */
public final class TrustedSpecs {
    /** One expected spec. */
    public record Spec(String id, String path, int task) {
    }

    private TrustedSpecs() {
    }

    public static List<Spec> discover(String slug, SpecBuild build, int task) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(build.specs(), build.api()), TrustedSpecs.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            TestPlan plan = LauncherFactory.create().discover(SpecUnits.request(slug, build.specs(), task, List.of()));
            return SpecUnits.all(plan).stream()
                    .map(unit -> new Spec(unit.getUniqueId(), SpecUnits.path(plan, unit), SpecUnits.task(plan, unit))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static URL[] urls(Path... directories) {
        URL[] urls = new URL[directories.length];
        for (int i = 0; i < directories.length; i++) {
            try {
                urls[i] = directories[i].toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return urls;
    }
}
