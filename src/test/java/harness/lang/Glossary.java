package harness.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code katas/glossary.zh.md}: one Chinese term per English term, and the variants the lessons
 * leave out. A lesson uses the table's term, never a variant, and gives the English in parentheses
 * the first time: {@code 生成器（generator）}. Code, headings, HTML lines, the line naming the
 * English original and quotations of the notes are not prose and are not held to it.
 */
public record Glossary(List<Term> terms) {
    public static final String FILE = "katas/glossary.zh.md";

    public record Term(String english, String chinese, List<String> avoided) {
    }

    private static final Pattern FENCED = Pattern.compile("^[ \\t]*```.*?^[ \\t]*```", Pattern.MULTILINE | Pattern.DOTALL);
    /** The line under a translation's title that names the English original: boilerplate, not prose. */
    private static final String SOURCE_LINE = "> 英文原文：";
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** A quotation of the notes is in the notes' words, which are not the lesson's to choose. */
    private static final Pattern NOTES_QUOTATION = Pattern.compile("笔记原文：「[^」\\n]*」");

    /** The rows of the table under the {@code | English | 中文 | 不用 |} header. */
    public static Glossary parse(String markdown) {
        List<Term> terms = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
            if (!line.startsWith("|") || cells.length < 2 || cells[0].isBlank() || cells[0].strip().equals("English")
                    || cells[0].strip().matches("[-: ]+")) {
                continue;
            }
            List<String> avoided = cells.length < 3 ? List.of()
                    : List.of(cells[2].split("、")).stream().map(String::strip).filter(term -> !term.isEmpty()).toList();
            terms.add(new Term(cells[0].strip(), cells[1].strip(), avoided));
        }
        return new Glossary(terms);
    }

    /** Problems of the table itself: a term translated twice, or a variant that is some term's translation. */
    public List<String> tableProblems() {
        List<String> problems = new ArrayList<>();
        Set<String> english = new HashSet<>();
        Set<String> chinese = new HashSet<>();
        for (Term term : terms) {
            if (!english.add(term.english().toLowerCase())) {
                problems.add("\"" + term.english() + "\" has two rows: one term, one translation");
            }
            if (!chinese.add(term.chinese())) {
                problems.add(term.chinese() + " translates two English terms");
            }
        }
        terms.forEach(term -> term.avoided().stream().filter(chinese::contains)
                .forEach(variant -> problems.add(variant + " is avoided for " + term.english() + " but is the translation of another term")));
        return problems;
    }

    /** Where a lesson departs from the table: a variant used, or a term first used without its English. */
    public List<String> lessonProblems(String lesson) {
        String prose = prose(lesson);
        List<String> problems = new ArrayList<>();
        for (Term term : terms) {
            term.avoided().stream().filter(variant -> standalone(variant, prose).contains(variant)).forEach(variant -> problems.add(
                    String.format("uses %s; the glossary's term for \"%s\" is %s", variant, term.english(), term.chinese())));
        }
        terms.stream().sorted(Comparator.comparingInt((Term term) -> term.chinese().length()).reversed())
                .forEach(term -> firstUse(term, prose).ifPresent(problems::add));
        return problems;
    }

    /** The prose with every longer glossary term that contains {@code word} blanked: 后续字节 is not a use of 续字节. */
    private String standalone(String word, String prose) {
        String text = prose;
        for (Term longer : terms) {
            if (longer.chinese().length() > word.length() && longer.chinese().contains(word)) {
                text = text.replace(longer.chinese(), "\0".repeat(longer.chinese().length()));
            }
        }
        return text;
    }

    private Optional<String> firstUse(Term term, String prose) {
        String standalone = standalone(term.chinese(), prose);
        int at = standalone.indexOf(term.chinese());
        if (at < 0) {
            return Optional.empty();
        }
        String after = standalone.substring(at + term.chinese().length());
        boolean explained = Pattern.compile("^(?:\\*\\*)?\\s?[（(]" + Pattern.quote(term.english()), Pattern.CASE_INSENSITIVE).matcher(after).find();
        String context = prose.substring(Math.max(0, at - 10), Math.min(prose.length(), at + term.chinese().length() + 20));
        return explained ? Optional.empty() : Optional.of(String.format(
                "first use of %s should read %s（%s）: …%s…", term.chinese(), term.chinese(), term.english(), context.replace('\n', ' ')));
    }

    /** The lesson with code, headings and HTML lines blanked out (same length, so positions still match). */
    static String prose(String lesson) {
        String text = blank(FENCED, lesson);
        text = blank(INLINE_CODE, text);
        text = blank(NOTES_QUOTATION, text);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean notProse = line.startsWith("#") || line.startsWith("<") || line.startsWith(SOURCE_LINE);
            lines.add(notProse ? " ".repeat(line.length()) : line);
        }
        return String.join("\n", lines);
    }

    private static String blank(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(match -> " ".repeat(match.group().length()));
    }
}
