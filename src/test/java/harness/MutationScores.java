package harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises PIT's {@code mutations.csv} per kata (the first package segment of the mutated
 * class) into {@code target/pit-reports/scores.md}: killed (including timed-out) over all mutants.
 */
public final class MutationScores {
    private MutationScores() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        String table = table(Files.readAllLines(reports.resolve("mutations.csv"), StandardCharsets.UTF_8));
        Files.writeString(reports.resolve("scores.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    static String table(List<String> csvLines) {
        Map<String, int[]> perKata = new TreeMap<>();
        for (String line : csvLines) {
            String[] columns = line.split(",");
            if (columns.length < 6) {
                continue;
            }
            String mutatedClass = columns[1];
            String status = columns[5];
            int[] counts = perKata.computeIfAbsent(mutatedClass.substring(0, Math.max(0, mutatedClass.indexOf('.'))), k -> new int[2]);
            counts[1]++;
            if (status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR")) {
                counts[0]++;
            }
        }
        StringBuilder out = new StringBuilder("| kata | mutants killed | score |\n|---|---|---|\n");
        perKata.forEach((kata, counts) -> out.append(String.format("| %s | %d/%d | %d%% |%n",
                kata, counts[0], counts[1], counts[1] == 0 ? 0 : 100 * counts[0] / counts[1])));
        return out.toString();
    }
}
