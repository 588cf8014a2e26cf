package harness.engine;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a kata's JVM. It reads a {@link RunRequest} from stdin before any kata class is
 * loaded, takes stdout for itself, runs the requested specs through the JUnit Platform and sends
 * each result over the {@link Channel}. When a timed-out spec leaves a thread spinning it stops
 * early and says so: the parent goes on in a fresh JVM. It always ends with {@code System.exit},
 * so that no thread the code under test started can keep it alive.
 */
public final class KataMain {
    private KataMain() {
    }

    public static void main(String[] args) throws IOException {
        RunRequest request = RunRequest.fromJson(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
        System.setIn(new ByteArrayInputStream(new byte[0]));
        OutputCapture output = new OutputCapture();
        PrintStream stdout = output.install();
        Channel channel = new Channel(request.keyBytes(), stdout);
        Runaways runaways = new Runaways();
        SpecReporter reporter = new SpecReporter(event -> {
            channel.send(event);
        }, output);
        Launcher launcher = LauncherFactory.create();
        var plan = launcher.discover(SpecUnits.request(request.slug(), Path.of(request.specRoot()), request.task(), request.ids()));
        launcher.registerTestExecutionListeners(reporter, new RunawayStop(reporter, runaways, channel));
        launcher.execute(plan);
        JsonObject done = new JsonObject();
        done.addProperty("event", "done");
        channel.send(done);
        System.exit(0);
    }

    /** After a spec times out, ends the JVM if that spec left a thread spinning. */
    private record RunawayStop(SpecReporter reporter, Runaways runaways, Channel channel)
            implements org.junit.platform.launcher.TestExecutionListener {
        @Override
        public void executionFinished(TestIdentifier test, org.junit.platform.engine.TestExecutionResult result) {
            Optional<TestIdentifier> timedOut = reporter.takeTimedOut();
            if (timedOut.isEmpty()) {
                return;
            }
            runaways.find().ifPresent(thread -> {
                JsonObject event = new JsonObject();
                event.addProperty("event", "runaway");
                event.addProperty("id", timedOut.get().getUniqueId());
                event.addProperty("thread", thread);
                channel.send(event);
                System.exit(0);
            });
        }
    }
}
