package harness;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the pull-request comment of {@code grade-pr-comment.yml}. Its inputs come from an
 * untrusted run, so only integers and slug-shaped names are taken from grade.json, and a PR that
 * changes grading files gets a warning instead of a score.
 *
 * <p>Usage: {@code PrComment <grade.json> <changed-files.txt> <comment.md>}
 */
public final class PrComment {
    static final List<String> GRADING_PATHS = List.of(
            ".github/", ".ci/", ".mvn/", "src/", "pom.xml", "mvnw", "mvnw.cmd", "katas/manifest.json");
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    private PrComment() {
    }

    public static void main(String[] args) throws IOException {
        String grade = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> changed = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[2]), render(grade, changed), StandardCharsets.UTF_8);
    }

    static String render(String gradeJson, List<String> changedFiles) {
        List<String> tampered = changedFiles.stream().map(String::strip)
                .filter(file -> GRADING_PATHS.stream().anyMatch(file::startsWith)).toList();
        StringBuilder out = new StringBuilder("### Kata grade\n\n");
        if (!tampered.isEmpty()) {
            out.append("⚠️ This pull request changes grading files, so no score is reported. ")
                    .append("Only `katas/<slug>/*.java` should change. Files: ")
                    .append(String.join(", ", tampered.stream().limit(20).map(file -> "`" + file.replace("`", "") + "`").toList()))
                    .append('\n');
            return out.toString();
        }
        JsonObject grade = JsonParser.parseString(gradeJson).getAsJsonObject();
        out.append("| kata | specs | points |\n|---|---|---|\n");
        for (JsonElement element : grade.getAsJsonArray("katas")) {
            JsonObject kata = element.getAsJsonObject();
            String slug = kata.get("slug").getAsString();
            if (!SLUG.matcher(slug).matches()) {
                throw new IllegalArgumentException("grade.json has a kata slug that is not a slug");
            }
            out.append(String.format("| %s | %d/%d | %d |%n", slug, kata.get("passed").getAsInt(),
                    kata.get("expected").getAsInt(), kata.get("points").getAsInt()));
        }
        out.append(String.format("%n**Total:** %d/%d specs, %d/%d points.%n", grade.get("passed").getAsInt(),
                grade.get("expected").getAsInt(), grade.get("points").getAsInt(), grade.get("max_points").getAsInt()));
        return out.toString();
    }
}
