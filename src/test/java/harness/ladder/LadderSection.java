package harness.ladder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import harness.Manifest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One kata's entry in the manifest's {@code "ladder"} section: what a body swap cannot say by itself,
 * said by hand, each with a {@code why}. Members are named as {@link SourceMembers.Member#key()} does.
 *
 * @param twins  stub members without a solution member of the same signature, each paired with the
 *               solution member that plays its part
 * @param stages solution members that two tasks write, with the body they have between the two
 */
public record LadderSection(List<Twin> twins, List<Stage> stages) {
    public static final LadderSection NONE = new LadderSection(List.of(), List.of());

    /**
     * Typically a stub's {@code private PyInt()} that hides what an int holds, and the solution's
     * {@code private PyInt(long, PyType)}. Bodies are swapped across the pair as between any twins;
     * a pair whose stub side has no TODO keeps the solution's body from the first task on.
     */
    public record Twin(String stub, String solution, String why) {
    }

    /**
     * A member that its stub's task writes and a later task, {@code before}, extends: from its own
     * task until {@code before} is solved, the kata has {@code body} (the statements, without braces)
     * in place of the solution's.
     */
    public record Stage(String member, int before, String body, String why) {
    }

    /** Every kata's entry, by slug; a kata without one is absent. */
    public static Map<String, LadderSection> load(Path basedir) {
        try (Reader reader = Files.newBufferedReader(basedir.resolve(Manifest.FILE), StandardCharsets.UTF_8)) {
            JsonElement ladder = JsonParser.parseReader(reader).getAsJsonObject().get("ladder");
            Map<String, LadderSection> sections = new LinkedHashMap<>();
            if (ladder != null) {
                for (Map.Entry<String, JsonElement> kata : ladder.getAsJsonObject().entrySet()) {
                    JsonObject section = kata.getValue().getAsJsonObject();
                    sections.put(kata.getKey(), new LadderSection(
                            entries(section, "twins", twin -> new Twin(text(twin, "stub"), text(twin, "solution"), text(twin, "why"))),
                            entries(section, "stages", stage -> new Stage(text(stage, "member"), Integer.parseInt(text(stage, "before")),
                                    text(stage, "body"), text(stage, "why")))));
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> entries(JsonObject section, String name, Function<JsonObject, T> entry) {
        List<T> entries = new ArrayList<>();
        if (section.has(name)) {
            section.getAsJsonArray(name).forEach(element -> entries.add(entry.apply(element.getAsJsonObject())));
        }
        return entries;
    }

    private static String text(JsonObject entry, String name) {
        JsonElement value = entry.get(name);
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
            throw new IllegalStateException(Manifest.FILE + ": a \"ladder\" entry needs \"" + name + "\": " + entry);
        }
        return value.getAsString();
    }
}
