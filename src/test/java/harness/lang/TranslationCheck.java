package harness.lang;

import harness.lang.LessonSections.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a translated lesson to the English one it renders. Each translated section carries a
 * marker with the fingerprint of the English section it was translated from,
 * {@code <!-- en: task-2 4bf8cbdee9a5 -->}, and each hints block one of its own,
 * {@code <!-- en-hints: task-2 a6ae261a9670 -->}. When the English changes and the translation does
 * not, the fingerprints part, and the problem names the section. The translation must also keep
 * the task anchors, give every task a heading in its language, give as many hints as the English,
 * and leave every code block exactly as it is.
 */
public final class TranslationCheck {
    private static final Pattern MARKER = Pattern.compile("^<!-- en: (\\S+) ([0-9a-f]{12}) -->$", Pattern.MULTILINE);
    private static final Pattern HINTS_MARKER = Pattern.compile("^<!-- en-hints: (\\S+) ([0-9a-f]{12}) -->$", Pattern.MULTILINE);
    private static final Pattern CODE_BLOCK = Pattern.compile("^[ \\t]*```.*?^[ \\t]*```", Pattern.MULTILINE | Pattern.DOTALL);

    private TranslationCheck() {
    }

    /** What is wrong with {@code translation} as a rendering of {@code english}; empty when it is current. */
    public static List<String> problems(String english, String translation, Language language) {
        List<Section> source = LessonSections.of(english, Language.EN);
        List<String> problems = new ArrayList<>(sectionProblems(source, markers(MARKER, translation)));
        problems.addAll(hintProblems(source, LessonSections.of(translation, language), markers(HINTS_MARKER, translation)));
        problems.addAll(headingProblems(source, translation, language));
        problems.addAll(codeProblems(english, translation));
        return problems;
    }

    /** The marker line a section's translation carries while it renders the current English. */
    public static String marker(Section section) {
        return "<!-- en: " + section.key() + " " + section.fingerprint() + " -->";
    }

    public static String hintsMarker(Section section) {
        return "<!-- en-hints: " + section.key() + " " + section.hintsFingerprint().orElseThrow() + " -->";
    }

    private static Map<String, String> markers(Pattern pattern, String translation) {
        Map<String, String> markers = new LinkedHashMap<>();
        Matcher marker = pattern.matcher(translation);
        while (marker.find()) {
            markers.put(marker.group(1), marker.group(2));
        }
        return markers;
    }

    private static List<String> sectionProblems(List<Section> source, Map<String, String> markers) {
        List<String> problems = new ArrayList<>();
        for (Section section : source) {
            String rendered = markers.get(section.key());
            if (rendered == null) {
                problems.add(String.format("section \"%s\" is not translated: translate it and mark it %s",
                        section.firstLine(), marker(section)));
            } else if (!rendered.equals(section.fingerprint())) {
                problems.add(String.format("section \"%s\" is stale: it renders English %s, the English is now %s;"
                        + " update the translation (git log -p on the English lesson shows what changed), then its marker to %s",
                        section.firstLine(), rendered, section.fingerprint(), marker(section)));
            }
        }
        List<String> keys = source.stream().map(Section::key).toList();
        markers.keySet().stream().filter(key -> !keys.contains(key))
                .forEach(key -> problems.add("marker for section \"" + key + "\", which the English lesson no longer has"));
        List<String> order = markers.keySet().stream().filter(keys::contains).toList();
        if (problems.isEmpty() && !order.equals(keys)) {
            problems.add("sections are not in the English order: " + order + " instead of " + keys);
        }
        return problems;
    }

    private static List<String> hintProblems(List<Section> source, List<Section> translated, Map<String, String> markers) {
        List<String> problems = new ArrayList<>();
        for (Section section : source) {
            if (section.hints().isEmpty()) {
                continue;
            }
            String rendered = markers.get(section.key());
            if (!section.hintsFingerprint().orElseThrow().equals(rendered)) {
                problems.add(String.format("hints of \"%s\" %s; translate them and mark them %s", section.firstLine(),
                        rendered == null ? "are not translated" : "are stale (they render English " + rendered + ")",
                        hintsMarker(section)));
            }
            Optional<Section> twin = translated.stream().filter(other -> other.key().equals(section.key())).findFirst();
            int count = twin.map(Section::hintCount).orElse(0);
            if (count != section.hintCount()) {
                problems.add(String.format("hints of \"%s\": the English gives %d, the translation %d; one bullet per hint, in the same order",
                        section.firstLine(), section.hintCount(), count));
            }
        }
        return problems;
    }

    private static List<String> headingProblems(List<Section> source, String translation, Language language) {
        List<String> headings = new ArrayList<>();
        Matcher heading = language.taskHeading().matcher(translation);
        while (heading.find()) {
            headings.add("task-" + heading.group(1));
        }
        return source.stream().map(Section::key).filter(key -> key.startsWith("task-"))
                .filter(key -> !translation.contains("<a id=\"" + key + "\"></a>") || !headings.contains(key))
                .map(key -> String.format("%s needs its anchor <a id=\"%s\"></a> and a heading like %s", key, key,
                        language.taskHeading().pattern()))
                .toList();
    }

    private static List<String> codeProblems(String english, String translation) {
        List<String> source = codeBlocks(english);
        List<String> rendered = codeBlocks(translation);
        for (int i = 0; i < Math.min(source.size(), rendered.size()); i++) {
            if (!source.get(i).equals(rendered.get(i))) {
                return List.of(String.format("code block %d differs from the English one (code, output and messages stay as they are):%n%s",
                        i + 1, source.get(i)));
            }
        }
        return source.size() == rendered.size() ? List.of()
                : List.of(String.format("the English has %d code blocks, the translation %d", source.size(), rendered.size()));
    }

    private static List<String> codeBlocks(String lesson) {
        List<String> blocks = new ArrayList<>();
        Matcher block = CODE_BLOCK.matcher(lesson.replace("\r\n", "\n"));
        while (block.find()) {
            blocks.add(block.group());
        }
        return blocks;
    }
}
