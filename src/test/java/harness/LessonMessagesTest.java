package harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A lesson says everything its specs demand: every exception message that a kata's specs ask for
 * word for word is written in {@code katas/<slug>/README.md} (its hints included), and so is every
 * Python type name in those messages. A learner who reads only the lesson never meets a message
 * the lesson did not give.
 *
 * <p>Exactly what is checked, in every {@code .java} file under {@code src/test/java/<slug>/}
 * except those whose top-level class is tagged {@code @Tag("given")} (given code is not the
 * learner's to write):
 * <ul>
 * <li>The first argument of AssertJ's {@code hasMessage}, {@code withMessage},
 * {@code hasMessageContaining}, {@code withMessageContaining}, {@code hasMessageStartingWith},
 * {@code withMessageStartingWith}, {@code hasMessageEndingWith} and {@code withMessageEndingWith}.</li>
 * <li>When it is made only of string literals and {@code final String} constants of the same file
 * joined by {@code +}, the whole message must be in the lesson.</li>
 * <li>When it also joins other values ({@code "invalid Python version: " + Repr.of(text)}), each
 * literal must be in the lesson on its own; when AssertJ formats it with more arguments
 * ({@code withMessage("type object '%s' has no attribute 'x'", name)}), each fixed part between
 * {@code %s}, {@code %d} and {@code %r} must be.</li>
 * <li>Skipped: a part without a letter or a digit (a lone quote or parenthesis), and a message the
 * spec raises itself, that is, a literal the same file passes first to a constructor
 * ({@code new ValueError("boom")}; for {@code new KeyError("k")} the message {@code 'k'}, the key's
 * repr): such a spec only checks that an exception passes through.</li>
 * <li>Every built-in type name of {@link #TYPE_NAMES} that a checked message quotes
 * ({@code 'NoneType'}, {@code "list"}) must be in the lesson with the same quotes, and one it names
 * after {@code not } or {@code (type } must be in it as a word. This holds for the messages of
 * {@link #LEARNER_FINDS} too.</li>
 * </ul>
 * Matching collapses every run of white space to one space on both sides, because lessons wrap
 * long lines, and reads {@code \|} in the lesson as {@code |}, because tables escape it. Not
 * checked: messages compared through {@code getMessage()} (golden fixtures,
 * {@code support.Mismatches}) and messages built wholly at run time.
 *
 * <p>{@link #LEARNER_FINDS} is the only way out: a message the learner is meant to find in
 * {@code python3} rather than read. Each entry names the message, the words by which the lesson
 * sends the learner to look (which must be in the lesson), and why. An entry that no spec demands
 * any more, or whose message the lesson now gives, fails the test, so the list cannot go stale.
 */
@DisplayName("The lessons")
class LessonMessagesTest {
    /** Built-in Python type names that messages mention; a class a spec defines (say 'Money') is not one. */
    static final Set<String> TYPE_NAMES = Set.of("NoneType", "NotImplementedType", "ellipsis", "EllipsisType", "bool", "int",
            "float", "complex", "str", "bytes", "bytearray", "memoryview", "list", "tuple", "dict", "set", "frozenset", "range",
            "slice", "type", "object", "function", "method", "builtin_function_or_method", "generator", "coroutine",
            "async_generator", "module", "property", "classmethod", "staticmethod", "super", "list_iterator", "tuple_iterator",
            "str_iterator", "dict_keys", "dict_values", "dict_items", "array.array", "collections.deque", "deque");

    /** A message the lesson sends the learner to find, rather than giving it. */
    record LearnerFinds(String slug, String message, String lessonSays, String reason) {
    }

    static final List<LearnerFinds> LEARNER_FINDS = List.of();

    private static final Pattern QUOTED_NAME = Pattern.compile("(['\"])([\\w.]+)\\1");
    private static final Pattern NAMED_TYPE = Pattern.compile("(?:\\bnot |\\(type )([\\w.]+)");

    private static Path basedir;
    /** Every demand of every kata's specs, read once. */
    private static List<Found> demands;

    @BeforeAll
    static void readSpecsAndLessons() throws IOException {
        basedir = Manifest.basedir();
        demands = new ArrayList<>();
        for (String slug : Manifest.load(basedir).slugs()) {
            demands.addAll(demands(slug));
        }
    }

    @Test
    @DisplayName("give every exception message their specs demand word for word, or send the learner to python3 by a listed exception")
    void giveEveryDemandedMessage() {
        List<String> missing = demands.stream()
                .filter(found -> !found.demand().raisedBySpec() && !found.lesson().contains(normalized(found.demand().text()))
                        && listed(found.slug(), found.demand().text()) == null)
                .map(found -> String.format("katas/%s/README.md does not give %s %s (%s)", found.slug(),
                        found.demand().whole() ? "the message" : "this part of a message", py.Repr.of(found.demand().text()), found.where()))
                .toList();
        assertThat(missing).as("messages the specs demand but the lessons never state; write each in the lesson "
                + "(a table of calls and messages per task works well), checked against python3").isEmpty();
    }

    @Test
    @DisplayName("name every built-in Python type that a demanded message names")
    void nameEveryTypeInAMessage() {
        List<String> missing = new ArrayList<>();
        for (Found found : demands) {
            for (String name : typeNames(found.demand())) {
                boolean named = name.startsWith("'") || name.startsWith("\"") ? found.lesson().contains(name)
                        : Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w])").matcher(found.lesson()).find();
                if (!named) {
                    missing.add(String.format("katas/%s/README.md never names the type %s, which %s demands in %s", found.slug(), name,
                            found.where(), py.Repr.of(found.demand().text())));
                }
            }
        }
        assertThat(missing).as("Python type names in demanded messages that the lessons never give").isEmpty();
    }

    @Test
    @DisplayName("keep the listed exceptions current: demanded, not given, and the lesson says where to look")
    void listedExceptionsAreCurrent() throws IOException {
        for (LearnerFinds entry : LEARNER_FINDS) {
            String lesson = normalized(lesson(entry.slug()));
            assertThat(entry.reason()).as("%s: why the learner finds %s", entry.slug(), entry.message()).isNotBlank();
            assertThat(demands).as("%s: a spec still demands the listed message %s", entry.slug(), entry.message())
                    .anyMatch(found -> found.slug().equals(entry.slug()) && found.demand().text().equals(entry.message()));
            assertThat(lesson).as("%s: the lesson gives the listed message %s, so drop it from LEARNER_FINDS", entry.slug(),
                    entry.message()).doesNotContain(normalized(entry.message()));
            assertThat(lesson).as("%s: the lesson tells where to find %s", entry.slug(), entry.message())
                    .contains(normalized(entry.lessonSays()));
        }
    }

    @Test
    @DisplayName("are held to messages read from literals, constants, concatenations and formats, but not to the specs' own")
    void readsMessagesAsDocumented() {
        String spec = """
                class ExampleSpec {
                    static final String STUCK = "Cannot create" + " a consistent";
                    // a comment's "quote" and don't are skipped
                    void check() {
                        char quote = '"';
                        assertThatThrownBy(() -> f(), "f()").hasMessage("can't send non-None value");
                        assertThatThrownBy(() -> g(), "g()").hasMessage(STUCK + " order");
                        assertThatThrownBy(() -> h(), "h()").hasMessage("invalid version: " + Repr.of(text) + ".");
                        assertThatExceptionOfType(TypeError.class).isThrownBy(() -> k()).withMessage("type '%s' has no %s", a, b);
                        assertThatThrownBy(() -> { throw new ValueError("boom"); }, "raise").hasMessage("boom");
                        assertThatThrownBy(() -> { throw new KeyError("k"); }, "raise").hasMessage("'k'");
                    }
                }
                """;
        assertThat(new SpecMessages(spec).demands()).extracting(SpecMessages.Demand::text, SpecMessages.Demand::whole,
                SpecMessages.Demand::raisedBySpec).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("can't send non-None value", true, false),
                        org.assertj.core.groups.Tuple.tuple("Cannot create a consistent order", true, false),
                        org.assertj.core.groups.Tuple.tuple("invalid version: ", false, false),
                        org.assertj.core.groups.Tuple.tuple("type '", false, false),
                        org.assertj.core.groups.Tuple.tuple("' has no ", false, false),
                        org.assertj.core.groups.Tuple.tuple("boom", true, true),
                        org.assertj.core.groups.Tuple.tuple("'k'", true, true));
    }

    private static List<String> typeNames(SpecMessages.Demand demand) {
        List<String> names = new ArrayList<>();
        if (demand.raisedBySpec()) {
            return names;
        }
        Matcher quoted = QUOTED_NAME.matcher(demand.text());
        while (quoted.find()) {
            if (TYPE_NAMES.contains(quoted.group(2))) {
                names.add(quoted.group());
            }
        }
        Matcher named = NAMED_TYPE.matcher(demand.text());
        while (named.find()) {
            if (TYPE_NAMES.contains(named.group(1))) {
                names.add(named.group(1));
            }
        }
        return names;
    }

    private static LearnerFinds listed(String slug, String message) {
        return LEARNER_FINDS.stream().filter(entry -> entry.slug().equals(slug) && entry.message().equals(message)).findFirst()
                .orElse(null);
    }

    /** A demand, the spec file it is in, and the kata's lesson as it is matched. */
    private record Found(String slug, Path spec, SpecMessages.Demand demand, String lesson) {
        String where() {
            return String.format("%s:%d, %s", basedir.relativize(spec), demand.line(), demand.assertion());
        }
    }

    /** Every demand of a kata's specs, file by file, in order. */
    private static List<Found> demands(String slug) throws IOException {
        String lesson = normalized(lesson(slug));
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(basedir.resolve("src/test/java").resolve(slug))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                SpecMessages messages = new SpecMessages(Files.readString(file, StandardCharsets.UTF_8));
                if (!messages.givenCode()) {
                    messages.demands().forEach(demand -> found.add(new Found(slug, file, demand, lesson)));
                }
            }
        }
        return found;
    }

    private static String lesson(String slug) throws IOException {
        return Files.readString(Manifest.lesson(basedir, slug), StandardCharsets.UTF_8);
    }

    /** White space runs become one space (lessons wrap lines); a table's escaped {@code \|} is a {@code |}. */
    static String normalized(String text) {
        return text.replace("\\|", "|").replaceAll("\\s+", " ").strip();
    }
}
