package harness.ladder;

import harness.run.Tree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A kata's stubs and reference solution side by side, member by member: each solution member with
 * its stub twin, found by signature or by a pair of the manifest's {@code "ladder"} section. From
 * them it writes the kata as it stands after any task; what cannot be paired is a {@link #problems()
 * problem}, never skipped in silence.
 */
public final class KataPair {
    /** One solution file, the stub twin of each of its members that has one, and the earlier stages of some. */
    private record FilePair(Path relative, SourceMembers solution, Map<String, SourceMembers.Member> twins,
                            Map<String, LadderSection.Stage> stages) {
    }

    private final String slug;
    private final Path solutionRoot;
    private final List<FilePair> files = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private KataPair(String slug, Path solutionRoot) {
        this.slug = slug;
        this.solutionRoot = solutionRoot;
    }

    /**
     * Pairs {@code stubs} with {@code solutions}, by file and then by member; {@code section} pairs
     * what signatures cannot, and gives the earlier stages of members that two of the kata's
     * {@code tasks} write.
     */
    public static KataPair of(String slug, Path stubs, Path solutions, LadderSection section, int tasks) {
        KataPair kata = new KataPair(slug, solutions);
        Map<String, LadderSection.Twin> unusedTwins = new LinkedHashMap<>();
        section.twins().forEach(twin -> unusedTwins.put(twin.stub(), twin));
        Map<String, LadderSection.Stage> unusedStages = new LinkedHashMap<>();
        section.stages().forEach(stage -> unusedStages.put(stage.member(), stage));
        for (Path relative : javaFiles(stubs)) {
            Path solutionFile = solutions.resolve(relative.toString());
            if (!Files.isRegularFile(solutionFile)) {
                kata.problems.add(slug + ": ladder: katas/" + slug + "/" + relative + " has no twin under solutions/" + slug + "/");
                continue;
            }
            SourceMembers stub = SourceMembers.parse(stubs.resolve(relative.toString()));
            SourceMembers solution = SourceMembers.parse(solutionFile);
            Map<String, SourceMembers.Member> twins = kata.twins(relative, stub, solution, unusedTwins);
            kata.files.add(new FilePair(relative, solution, twins, kata.stages(solution, twins, unusedStages, tasks)));
        }
        unusedTwins.values().forEach(twin -> kata.problems.add(slug + ": ladder: katas/manifest.json pairs the stub's " + twin.stub()
                + ", which no stub of " + slug + " declares"));
        unusedStages.values().forEach(stage -> kata.problems.add(slug + ": ladder: katas/manifest.json gives a stage of "
                + stage.member() + ", which no solution of " + slug + " declares"));
        return kata;
    }

    /** Members that no body swap can express, and pairs of the manifest that name nothing; empty when the ladder can be built. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Writes the kata as it stands when tasks 1 to {@code solved} are done into a fresh {@code directory}. */
    public void write(int solved, Path directory) {
        Tree.recreate(directory);
        Map<Path, FilePair> paired = new HashMap<>();
        files.forEach(file -> paired.put(file.relative(), file));
        try (Stream<Path> all = Files.walk(solutionRoot)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                Path relative = solutionRoot.relativize(file);
                Path target = directory.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                FilePair pair = paired.get(relative);
                if (pair == null) {
                    Files.copy(file, target);
                } else {
                    Files.writeString(target, Rung.assemble(pair.solution(), pair.twins(), pair.stages(), solved), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By solution member, its stub twin; records a problem for each stub member that cannot be paired. */
    private Map<String, SourceMembers.Member> twins(Path relative, SourceMembers stub, SourceMembers solution,
                                                    Map<String, LadderSection.Twin> declared) {
        Map<String, SourceMembers.Member> twins = new HashMap<>();
        String where = "katas/" + slug + "/" + relative;
        for (SourceMembers.Member stubMember : stub.members().values()) {
            LadderSection.Twin pair = declared.remove(stubMember.key());
            SourceMembers.Member twin = solution.members().get(pair == null ? stubMember.key() : pair.solution());
            String problem = pair == null ? unpaired(stubMember, twin) : misdeclared(stubMember, twin, pair, solution);
            if (problem == null && twin != null && twins.containsKey(twin.key())) {
                problem = "is paired with " + twin.key() + ", which already stands for " + twins.get(twin.key()).key();
            }
            if (problem != null) {
                problems.add(slug + ": ladder: the stub's " + stubMember.key() + " (" + where + ") " + problem);
            } else if (twin != null) {
                twins.put(twin.key(), stubMember);
            }
        }
        return twins;
    }

    /** Why a stub member paired by signature alone cannot be swapped, or null when it can. */
    private static String unpaired(SourceMembers.Member stubMember, SourceMembers.Member twin) {
        if (twin == null) {
            return "has no twin of that signature in the solution: pair it in the \"ladder\" section of katas/manifest.json";
        }
        if (stubMember.tasks().size() > 1) {
            return "names tasks " + stubMember.tasks() + " in one body: no swap can solve part of a body; give it one task";
        }
        if (stubMember.tasks().isEmpty() && !stubMember.body().equals(twin.body())) {
            return "has no TODO, yet its body differs from the solution's: give it a TODO, or pair it with itself in katas/manifest.json"
                    + " saying why the solution's body is right before task 1";
        }
        if (!stubMember.tasks().isEmpty() && twin.implicit()) {
            return "has a TODO, but the solution leaves that constructor to javac: there is no body to swap";
        }
        return null;
    }

    /** Why a pair of the manifest is wrong, or null when it is needed and names a real solution member. */
    private static String misdeclared(SourceMembers.Member stubMember, SourceMembers.Member twin, LadderSection.Twin pair,
                                      SourceMembers solution) {
        if (twin == null) {
            return "is paired in katas/manifest.json with " + pair.solution() + ", which that file of the solution does not declare";
        }
        if (unpaired(stubMember, solution.members().get(stubMember.key())) == null) {
            return "needs no pair in katas/manifest.json: the solution's member of the same signature is its twin";
        }
        if (stubMember.tasks().size() > 1 || (!stubMember.tasks().isEmpty() && twin.implicit())) {
            return unpaired(stubMember, twin);
        }
        return null;
    }

    /** The stages of this file's members; records a problem for a stage that no task order allows. */
    private Map<String, LadderSection.Stage> stages(SourceMembers solution, Map<String, SourceMembers.Member> twins,
                                                    Map<String, LadderSection.Stage> declared, int tasks) {
        Map<String, LadderSection.Stage> stages = new HashMap<>();
        for (SourceMembers.Member member : solution.members().values()) {
            LadderSection.Stage stage = declared.remove(member.key());
            if (stage == null) {
                continue;
            }
            int task = twins.containsKey(member.key()) ? Rung.task(twins.get(member.key())) : 0;
            if (task == 0 || stage.before() <= task || stage.before() > tasks) {
                problems.add(slug + ": ladder: katas/manifest.json gives " + member.key() + " a stage before task " + stage.before()
                        + (task == 0 ? ", but its stub has no TODO: the member has no task of its own to start the stage"
                        : ": a stage must end after the member's own task (" + task + ") and by the kata's last (" + tasks + ")"));
            } else {
                stages.put(member.key(), stage);
            }
        }
        return stages;
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
