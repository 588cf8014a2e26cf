package harness;

import java.nio.file.Path;
import java.util.List;

/**
 * Printed before the specs run. In the default run it lists every kata and how to start one, so
 * that a mistyped {@code -Pkata=...} (which Maven only warns about) is easy to spot.
 */
public final class Banner {
    private Banner() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "solutions";
        String slug = args.length > 1 ? args[1] : "all";
        Manifest manifest = Manifest.load(Path.of(".").toAbsolutePath());
        System.out.println(render(manifest, mode, slug));
    }

    static String render(Manifest manifest, String mode, String slug) {
        StringBuilder out = new StringBuilder("\n");
        switch (mode) {
            case "kata" -> out.append(String.format("Kata '%s': running its specs against YOUR code in katas/%s/%n", slug, slug));
            case "watch", "hint" -> out.append(String.format("Kata '%s': compiling katas/%s/ and running its specs in this JVM%n", slug, slug));
            case "bench", "mutation" -> out.append("Running ").append(mode).append(" against the reference solutions\n");
            case "katas" -> out.append("All katas: running every spec against YOUR code in katas/; the progress table follows the tests.\n");
            default -> {
                out.append("Python进阶 katas: running every spec against the reference solutions in solutions/.\n");
                out.append("Katas, in teaching order:\n");
                List<Manifest.Kata> katas = manifest.katas();
                for (int i = 0; i < katas.size(); i++) {
                    Manifest.Kata kata = katas.get(i);
                    out.append(String.format("  %2d. %-12s %s / %s%n", i + 1, kata.slug(), kata.section(), kata.title()));
                }
                String first = katas.isEmpty() ? "<slug>" : katas.get(0).slug();
                out.append(String.format("Start a kata:  ./mvnw test -Pkata=%s   (valid slugs are listed above;%n", first));
                out.append("               a mistyped one only earns a Maven warning and runs this default build)\n");
                out.append("Every kata:    ./mvnw test -Pkatas   (ends with a progress table)\n");
            }
        }
        return out.toString();
    }
}
