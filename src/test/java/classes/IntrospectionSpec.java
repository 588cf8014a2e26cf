package classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Introspection: __dict__ and dir()")
@Tag("task-5")
class IntrospectionSpec {

    @Test
    @DisplayName("an instance's __dict__ holds only its own attributes; dir() adds everything reachable, sorted")
    void dirIsTheSortedUnion() {
        PyClass base = new PyClass("Base").define("zeta", 1).define("alpha", 2);
        PyClass child = new PyClass("Child", base).define("mid", 3).define("alpha", 4);
        Instance obj = child.call();
        obj.setattr("own", 5);
        assertThat(obj.dict()).as("obj.__dict__").containsOnlyKeys("own");
        assertThat(child.dict()).as("Child.__dict__").containsOnlyKeys("mid", "alpha");
        assertThat(Introspection.dir(obj)).as("dir(obj): own names, then the MRO's, sorted and without repeats")
                .containsExactly("alpha", "mid", "own", "zeta");
        assertThat(Introspection.dir(child)).as("dir(Child)").containsExactly("alpha", "mid", "zeta");
    }

    @Test
    @DisplayName("dir() follows the whole MRO, not only the first base")
    void dirFollowsMro() {
        PyClass left = new PyClass("Left").define("l", 1);
        PyClass right = new PyClass("Right").define("r", 1);
        assertThat(Introspection.dir(new PyClass("Both", left, right).call())).as("dir(Both())").containsExactly("l", "r");
    }

    @Test
    @DisplayName("dir(obj) is the sorted union of the instance dict and every class dict on the MRO")
    void dirIsSortedUnion() {
        qt().forAll(lists().of(integers().between(0, 15)).ofSizeBetween(0, 6), lists().of(integers().between(0, 15)).ofSizeBetween(0, 6),
                lists().of(integers().between(0, 15)).ofSizeBetween(0, 6)).checkAssert((baseNames, childNames, ownNames) -> {
                    PyClass base = new PyClass("Base");
                    baseNames.forEach(n -> base.define("n" + n, n));
                    PyClass child = new PyClass("Child", base);
                    childNames.forEach(n -> child.define("n" + n, n));
                    Instance obj = child.call();
                    ownNames.forEach(n -> obj.setattr("n" + n, n));
                    TreeSet<String> expected = new TreeSet<>();
                    for (List<Integer> names : List.of(baseNames, childNames, ownNames)) {
                        names.forEach(n -> expected.add("n" + n));
                    }
                    assertThat(Introspection.dir(obj)).as("dir(obj) with base %s, child %s, own %s", baseNames, childNames, ownNames)
                            .isEqualTo(new ArrayList<>(expected));
                });
    }
}
