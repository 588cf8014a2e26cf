package harness;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Summarises PIT's {@code mutations.xml} per kata (the first package segment of the mutated class)
 * into {@code target/pit-reports/scores.md}: killed (including timed-out) over all mutants, then how
 * many survivors the committed list of equivalent mutants explains, every survivor it does not, and
 * every entry of the list that explains fewer survivors than it claims.
 *
 * <p>Usage: {@code MutationScores <pit-reports dir> [<equivalent.tsv>]}. The list has one entry per
 * line, tab-separated: kata, class (without the kata's package, nested classes with {@code $}),
 * method, mutator (PIT's simple class name), PIT's description of the mutation, the number of
 * survivors the entry explains, and the reason they cannot be killed. Lines starting with {@code #}
 * are comments. No line number: an entry still matches after an edit moves the code it describes.
 * Two mutants alike in all of these (two negated conditionals in one method) are one entry with a
 * count of two.
 */
public final class MutationScores {
    private static final Set<String> KILLED = Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR");

    private MutationScores() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        List<String> equivalents = args.length > 1 && Files.exists(Path.of(args[1]))
                ? Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8) : List.of();
        String table = table(Files.readString(reports.resolve("mutations.xml"), StandardCharsets.UTF_8), equivalents);
        Files.writeString(reports.resolve("scores.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    /** What an entry of the list names: every part of a mutant that an edit moving code leaves alone. */
    record Key(String className, String method, String mutator, String description) {
        @Override
        public String toString() {
            return className + " " + method + " " + mutator + " \"" + description + "\"";
        }
    }

    /** One mutant as PIT reported it. The line only helps a reader find it; no entry names it. */
    record Mutant(String kata, Key key, int line, String status) {
        static List<Mutant> parseAll(String mutationsXml) {
            List<Mutant> mutants = new ArrayList<>();
            NodeList nodes = document(mutationsXml).getElementsByTagName("mutation");
            for (int i = 0; i < nodes.getLength(); i++) {
                mutants.add(of((Element) nodes.item(i)));
            }
            mutants.sort(Comparator.comparing((Mutant m) -> m.key().className()).thenComparingInt(Mutant::line));
            return mutants;
        }

        private static Mutant of(Element mutation) {
            String mutatedClass = text(mutation, "mutatedClass");
            int dot = mutatedClass.indexOf('.'); // katas are packages of one segment: asyncio.EventLoop$Watchers
            String kata = dot < 0 ? "" : mutatedClass.substring(0, dot);
            String mutator = text(mutation, "mutator");
            Key key = new Key(mutatedClass.substring(dot + 1), text(mutation, "mutatedMethod"),
                    mutator.substring(mutator.lastIndexOf('.') + 1), text(mutation, "description"));
            int line = Integer.parseInt(text(mutation, "lineNumber"));
            return new Mutant(kata, key, line, mutation.getAttribute("status"));
        }

        private static String text(Element mutation, String child) {
            NodeList found = mutation.getElementsByTagName(child);
            return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
        }

        private static Document document(String xml) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            } catch (ParserConfigurationException | SAXException | IOException e) {
                throw new IllegalArgumentException("PIT's mutations.xml could not be read: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return key + " (line " + line + ") " + status;
        }
    }

    /** The list of equivalent mutants: per kata, how many survivors each key explains. */
    static final class Equivalents {
        private final Map<String, Map<Key, Integer>> claimed = new TreeMap<>();

        static Equivalents parse(List<String> lines) {
            Equivalents equivalents = new Equivalents();
            for (String line : lines) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("kata\t")) {
                    equivalents.add(line);
                }
            }
            return equivalents;
        }

        private void add(String line) {
            String[] columns = line.split("\t");
            if (columns.length != 7 || columns[6].isBlank()) {
                throw new IllegalArgumentException("an equivalent mutant needs kata, class, method, mutator, "
                        + "description, survivors and a reason, tab-separated: " + line);
            }
            if (!columns[5].matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException(
                        "the survivors an entry explains must be a count of 1 or more: " + line);
            }
            Key key = new Key(columns[1], columns[2], columns[3], columns[4]);
            if (claimed.computeIfAbsent(columns[0], kata -> new LinkedHashMap<>())
                    .putIfAbsent(key, Integer.parseInt(columns[5])) != null) {
                throw new IllegalArgumentException("listed twice (make it one entry that counts every survivor "
                        + "and gives each reason): " + line);
            }
        }

        /** A fresh tally of what each kata's entries may still explain. */
        Map<Key, Integer> claimsOf(String kata) {
            return new LinkedHashMap<>(claimed.getOrDefault(kata, Map.of()));
        }
    }

    /** Counts for one kata, and the entries of its list that explained fewer survivors than they claim. */
    static final class Score {
        int killed;
        int total;
        int explained;
        final List<Mutant> unexplained = new ArrayList<>();
        final Map<Key, Integer> unclaimed;
        final Map<Key, Integer> claimed;

        Score(Map<Key, Integer> claimed) {
            this.claimed = Map.copyOf(claimed);
            this.unclaimed = claimed;
        }

        void count(Mutant mutant) {
            total++;
            if (KILLED.contains(mutant.status())) {
                killed++;
            } else if (unclaimed.getOrDefault(mutant.key(), 0) > 0) {
                unclaimed.merge(mutant.key(), -1, Integer::sum);
                explained++;
            } else {
                unexplained.add(mutant);
            }
        }

        List<String> stale() {
            List<String> stale = new ArrayList<>();
            unclaimed.forEach((key, left) -> {
                if (left > 0) {
                    int listed = claimed.get(key);
                    stale.add(String.format("%s: listed for %d, %d found", key, listed, listed - left));
                }
            });
            return stale;
        }
    }

    static String table(String mutationsXml, List<String> equivalentLines) {
        Equivalents equivalents = Equivalents.parse(equivalentLines);
        Map<String, Score> perKata = new TreeMap<>();
        for (Mutant mutant : Mutant.parseAll(mutationsXml)) {
            perKata.computeIfAbsent(mutant.kata(), kata -> new Score(equivalents.claimsOf(kata))).count(mutant);
        }
        return render(perKata);
    }

    private static String render(Map<String, Score> perKata) {
        StringBuilder out = new StringBuilder("| kata | mutants killed | score | survivors explained "
                + "| unexplained survivors | stale list entries |\n|---|---|---|---|---|---|\n");
        perKata.forEach((kata, score) -> out.append(String.format("| %s | %d/%d | %d%% | %d | %d | %d |%n", kata,
                score.killed, score.total, percent(score.killed, score.total), score.explained,
                score.unexplained.size(), score.stale().size())));
        perKata.forEach((kata, score) -> {
            if (!score.unexplained.isEmpty()) {
                out.append(String.format("%nUnexplained survivors in %s (class method mutator \"description\" "
                        + "(line) status):%n", kata));
                score.unexplained.forEach(mutant -> out.append("- ").append(mutant).append('\n'));
            }
            List<String> stale = score.stale();
            if (!stale.isEmpty()) {
                out.append(String.format("%nListed as equivalent in %s but fewer such survivors "
                        + "(killed now, or the code changed):%n", kata));
                stale.forEach(entry -> out.append("- ").append(entry).append('\n'));
            }
        });
        return out.toString();
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : 100 * part / whole;
    }
}
