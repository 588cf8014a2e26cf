package crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import py.ValueError;
import support.Golden;

/** Runs a kata fixture's CPython cases and reports the first mismatches with the input, Python's answer and yours. */
final class GoldenCases {
    private GoldenCases() {
    }

    /** {@code actual} may raise ValueError: it is compared as "ValueError: message", as the fixtures record errors. */
    static void assertAgrees(String fixture, Function<JsonObject, String> input, Function<JsonObject, String> actual,
                             Function<JsonObject, String> expected) {
        List<JsonObject> cases = Golden.cases("crawler", fixture);
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : cases) {
            String yours;
            try {
                yours = actual.apply(golden);
            } catch (ValueError e) {
                yours = "ValueError: " + e.getMessage();
            }
            String python = expected.apply(golden);
            if (!python.equals(yours) && mismatches.size() < 5) {
                mismatches.add("input " + py.Repr.of(input.apply(golden)) + "\n   python: " + python + "\n   yours:  " + yours);
            }
        }
        assertThat(mismatches).as("%s: %d CPython cases (first mismatches shown)", fixture, cases.size()).isEmpty();
    }
}
