package harness;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the pull-request comment of {@code grade-pr-comment.yml}. Its grade.json comes from a run
 * of untrusted code, so a score is posted only when the pull request changes nothing but the
 * learner's own files, {@code katas/<slug>/<Name>.java} for the katas of the trusted manifest, and
 * the report is of the PR's head commit. Only integers are taken from grade.json; slugs come from
 * the trusted manifest.
 *
 * <p>Usage: {@code PrComment <grade.json> <changed-files.txt> <changed-file-count> <head-sha> <comment.md>}
 */
public final class PrComment {
    /** GitHub lists at most this many files of a pull request; beyond it, the list cannot be checked. */
    static final int LISTABLE_FILES = 3000;
    private static final Pattern LEARNER_FILE = Pattern.compile("katas/([a-z0-9_]+)/[A-Za-z_$][A-Za-z0-9_$]*\\.java");

    private PrComment() {
    }

    public static void main(String[] args) throws IOException {
        String grade = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> changed = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        String comment = render(grade, changed, Integer.parseInt(args[2].strip()), args[3].strip(), Manifest.load().slugs());
        Files.writeString(Path.of(args[4]), comment, StandardCharsets.UTF_8);
    }

    static String render(String gradeJson, List<String> changedFiles, int changedCount, String headSha, List<String> slugs) {
        StringBuilder out = new StringBuilder("### Kata grade\n\n");
        String withheld = whyWithheld(gradeJson, changedFiles, changedCount, headSha, slugs);
        if (withheld != null) {
            return out.append("No score is posted: ").append(withheld).append('\n').toString();
        }
        JsonObject grade = JsonParser.parseString(gradeJson).getAsJsonObject();
        out.append("| kata | specs | points |\n|---|---|---|\n");
        List<JsonElement> katas = grade.getAsJsonArray("katas").asList();
        for (int i = 0; i < slugs.size(); i++) {
            JsonObject kata = katas.get(i).getAsJsonObject();
            out.append(String.format("| %s | %d/%d | %d |%n", slugs.get(i), kata.get("passed").getAsInt(),
                    kata.get("expected").getAsInt(), kata.get("points").getAsInt()));
        }
        out.append(String.format("%n**Total:** %d/%d specs, %d/%d points.%n", grade.get("passed").getAsInt(),
                grade.get("expected").getAsInt(), grade.get("points").getAsInt(), grade.get("max_points").getAsInt()));
        return out.toString();
    }

    /** Why this report cannot be trusted as this PR's score, or null when it can. */
    static String whyWithheld(String gradeJson, List<String> changedFiles, int changedCount, String headSha, List<String> slugs) {
        if (changedCount >= LISTABLE_FILES || changedFiles.size() != changedCount) {
            return "the pull request changes " + changedCount + " files; GitHub lists at most " + (LISTABLE_FILES - 1)
                    + " for checking, so split it.";
        }
        List<String> others = new ArrayList<>();
        for (String file : changedFiles) {
            Matcher learner = LEARNER_FILE.matcher(file);
            if (!learner.matches() || !slugs.contains(learner.group(1))) {
                others.add(file);
            }
        }
        if (!others.isEmpty()) {
            return "only `katas/<slug>/<Name>.java` files may change in a graded pull request, and this one also changes "
                    + others.size() + " other file(s), e.g. " + String.join(", ", others.stream().limit(5).map(PrComment::inert).toList()) + ".";
        }
        JsonObject grade = JsonParser.parseString(gradeJson).getAsJsonObject();
        if (!grade.has("student") || !grade.has("katas")) {
            return "the grading run left no report; see its log.";
        }
        String graded = grade.getAsJsonObject("student").get("sha").getAsString();
        if (!graded.equals(headSha)) {
            return "the report is of commit " + inert(graded) + ", not of this pull request's head " + inert(headSha) + ".";
        }
        List<String> reported = grade.getAsJsonArray("katas").asList().stream()
                .map(kata -> kata.getAsJsonObject().get("slug").getAsString()).toList();
        return reported.equals(slugs) ? null : "the report does not grade exactly the katas of the manifest.";
    }

    /** A file name or SHA from the untrusted side, shown as code and unable to break out of it. */
    private static String inert(String text) {
        return "`" + text.replaceAll("[^A-Za-z0-9._/-]", "?") + "`";
    }
}
