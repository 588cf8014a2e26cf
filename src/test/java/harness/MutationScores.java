package harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Summarises PIT's {@code mutations.csv} per kata (the first package segment of the mutated class)
 * into {@code target/pit-reports/scores.md}: killed (including timed-out) over all mutants, then how
 * many survivors the committed list of equivalent mutants explains, and every survivor it does not.
 *
 * <p>Usage: {@code MutationScores <pit-reports dir> [<equivalent.tsv>]}. The list has one mutant per
 * line, tab-separated: kata, class (without the kata's package, nested classes with {@code $}), method,
 * line, mutator (PIT's simple class name) and the reason it cannot be killed. Lines starting with
 * {@code #} are comments. An entry explains every surviving mutant with that key.
 */
public final class MutationScores {
    private static final Set<String> KILLED = Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR");

    private MutationScores() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        List<String> equivalents = args.length > 1 && Files.exists(Path.of(args[1]))
                ? Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8) : List.of();
        String table = table(Files.readAllLines(reports.resolve("mutations.csv"), StandardCharsets.UTF_8), equivalents);
        Files.writeString(reports.resolve("scores.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    /** One mutant as PIT reported it, keyed the way the list of equivalent mutants names it. */
    record Mutant(String kata, String key, String status) {
        static Mutant parse(String csvLine) {
            String[] columns = csvLine.split(",");
            if (columns.length < 6) {
                return null;
            }
            String mutatedClass = columns[1];
            int dot = mutatedClass.indexOf('.');
            String mutator = columns[2].substring(columns[2].lastIndexOf('.') + 1);
            return new Mutant(mutatedClass.substring(0, Math.max(0, dot)),
                    String.join(" ", mutatedClass.substring(dot + 1), columns[3], columns[4], mutator), columns[5]);
        }
    }

    /** Counts for one kata. */
    static final class Score {
        int killed;
        int total;
        int explained;
        final List<String> unexplained = new ArrayList<>();
    }

    static String table(List<String> csvLines, List<String> equivalentLines) {
        Map<String, Set<String>> equivalents = equivalents(equivalentLines);
        Map<String, Set<String>> unused = new TreeMap<>();
        equivalents.forEach((kata, keys) -> unused.put(kata, new LinkedHashSet<>(keys)));
        Map<String, Score> perKata = new TreeMap<>();
        for (String line : csvLines) {
            Mutant mutant = Mutant.parse(line);
            if (mutant == null) {
                continue;
            }
            Score score = perKata.computeIfAbsent(mutant.kata(), k -> new Score());
            score.total++;
            if (KILLED.contains(mutant.status())) {
                score.killed++;
            } else if (equivalents.getOrDefault(mutant.kata(), Set.of()).contains(mutant.key())) {
                score.explained++;
                unused.get(mutant.kata()).remove(mutant.key());
            } else {
                score.unexplained.add(mutant.key() + " " + mutant.status());
            }
        }
        return render(perKata, unused);
    }

    private static Map<String, Set<String>> equivalents(List<String> lines) {
        Map<String, Set<String>> equivalents = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kata\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 6 || columns[5].isBlank()) {
                throw new IllegalArgumentException("an equivalent mutant needs kata, class, method, line, mutator and a reason: " + line);
            }
            equivalents.computeIfAbsent(columns[0], k -> new LinkedHashSet<>())
                    .add(String.join(" ", columns[1], columns[2], columns[3], columns[4]));
        }
        return equivalents;
    }

    private static String render(Map<String, Score> perKata, Map<String, Set<String>> unused) {
        StringBuilder out = new StringBuilder(
                "| kata | mutants killed | score | survivors explained | unexplained survivors |\n|---|---|---|---|---|\n");
        perKata.forEach((kata, score) -> out.append(String.format("| %s | %d/%d | %d%% | %d | %d |%n", kata, score.killed,
                score.total, percent(score.killed, score.total), score.explained, score.unexplained.size())));
        perKata.forEach((kata, score) -> {
            if (!score.unexplained.isEmpty()) {
                out.append(String.format("%nUnexplained survivors in %s (class method line mutator status):%n", kata));
                score.unexplained.forEach(mutant -> out.append("- ").append(mutant).append('\n'));
            }
            Set<String> stale = unused.getOrDefault(kata, Set.of());
            if (!stale.isEmpty()) {
                out.append(String.format("%nListed as equivalent in %s but no such survivor (killed now, or moved):%n", kata));
                stale.forEach(mutant -> out.append("- ").append(mutant).append('\n'));
            }
        });
        return out.toString();
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : 100 * part / whole;
    }
}
