package harness.lang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson cut into the sections a translation follows: {@code intro} (the title and what comes
 * before the first {@code ## } heading), one per {@code ## } heading (keyed by its GitHub anchor,
 * e.g. {@code where-the-notes-differ}) and one per task anchor ({@code task-N}). A task's hints
 * block is a part of its own, so that a changed hint and a changed paragraph are told apart.
 * Nothing inside a fenced code block starts a section.
 */
public final class LessonSections {
    private static final Pattern ANCHOR = Pattern.compile("^<a id=\"task-(\\d+)\"></a>\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*```.*");
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\w\\- ]", Pattern.UNICODE_CHARACTER_CLASS);

    /** One section: its key, its first line (to name it in messages), its text without the hints, and its hints block. */
    public record Section(String key, String firstLine, String prose, Optional<String> hints) {
        public String fingerprint() {
            return LessonSections.fingerprint(prose);
        }

        public Optional<String> hintsFingerprint() {
            return hints.map(LessonSections::fingerprint);
        }

        /** How many hints the block gives: its {@code - } or {@code * } bullets. */
        public int hintCount() {
            return hints.map(block -> (int) block.lines().filter(line -> line.startsWith("- ") || line.startsWith("* ")).count())
                    .orElse(0);
        }
    }

    private LessonSections() {
    }

    public static List<Section> of(String lesson, Language language) {
        List<Section> sections = new ArrayList<>();
        String key = "intro";
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : lesson.replace("\r\n", "\n").split("\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            }
            Matcher anchor = ANCHOR.matcher(line);
            String next = fenced ? null : line.startsWith("## ") ? anchorOf(line.substring(3))
                    : anchor.matches() ? "task-" + anchor.group(1) : null;
            if (next != null) {
                sections.add(section(key, lines, language));
                key = next;
                lines = new ArrayList<>();
            }
            lines.add(line);
        }
        sections.add(section(key, lines, language));
        return sections;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchorOf(String heading) {
        return NOT_IN_ANCHOR.matcher(heading.strip().toLowerCase()).replaceAll("").replace(' ', '-');
    }

    private static Section section(String key, List<String> lines, Language language) {
        int start = indexOf(lines, language.hintsOpening(), 0);
        int end = start < 0 ? -1 : indexOf(lines, "</details>", start);
        String firstLine = lines.stream().filter(line -> !line.isBlank() && !ANCHOR.matcher(line).matches()).findFirst().orElse(key);
        if (start < 0 || end < 0) {
            return new Section(key, firstLine, String.join("\n", lines), Optional.empty());
        }
        List<String> prose = new ArrayList<>(lines.subList(0, start));
        prose.addAll(lines.subList(end + 1, lines.size()));
        return new Section(key, firstLine, String.join("\n", prose), Optional.of(String.join("\n", lines.subList(start, end + 1))));
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first 12 hex digits of the SHA-256 of a text with trailing spaces and surrounding blank
     * lines dropped: an edit a reader can see changes it, re-indenting an empty line does not.
     */
    public static String fingerprint(String text) {
        String normal = String.join("\n", text.lines().map(String::stripTrailing).toList()).replaceAll("^\n+|\n+$", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
