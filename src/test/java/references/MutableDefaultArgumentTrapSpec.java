package references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;
import support.Golden;

@Tag("task-4")
@DisplayName("The mutable default argument trap")
class MutableDefaultArgumentTrapSpec {

    /** The notes' Company: __init__(self, name, staffs=[]) keeps whatever list it is given. */
    static final class Company {
        String name;
        List<Object> staffs;

        @SuppressWarnings("unchecked")
        static PyFunction init(Supplier<?> staffsDefault, boolean noneMeansNewList) {
            return new PyFunction("__init__", List.of("self", "name", "staffs"), List.of(staffsDefault), locals -> {
                Company self = (Company) locals.get("self");
                self.name = (String) locals.get("name");
                Object staffs = locals.get("staffs");
                // The None-sentinel fix: `if staffs is None: staffs = []`, evaluated on each call.
                self.staffs = noneMeansNewList && staffs == null ? new ArrayList<>() : (List<Object>) staffs;
                return null;
            });
        }

        static Company create(PyFunction init, Object... args) {
            Company company = new Company();
            Object[] withSelf = new Object[args.length + 1];
            withSelf[0] = company;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            init.call(withSelf);
            return company;
        }
    }

    @Nested
    @DisplayName("the notes' Company example, staffs=[]")
    class CompanyExample {
        @Test
        @DisplayName("com2.staffs is com3.staffs, and __defaults__ shows the mutated list")
        void sharedDefault() {
            PyFunction init = Company.init(ArrayList::new, false);
            Company com1 = Company.create(init, "com1", new ArrayList<>(List.of("bobby1", "bobby2")));
            com1.staffs.add("bobby3");
            com1.staffs.remove("bobby1");
            assertThat(com1.staffs).as("com1.staffs, with its own list").containsExactly("bobby2", "bobby3");
            Company com2 = Company.create(init, "com2");
            com2.staffs.add("bobby");
            Company com3 = Company.create(init, "com3");
            com3.staffs.add("bobby5");
            assertThat(com2.staffs).as("com2.staffs after com3.add('bobby5')").containsExactly("bobby", "bobby5");
            assertThat(com2.staffs).as("com2.staffs is com3.staffs: both got the one list made when def ran").isSameAs(com3.staffs);
            assertThat(init.defaults()).as("Company.__init__.__defaults__").hasSize(1);
            assertThat(init.defaults().get(0)).as("__defaults__[0] is that shared list").isSameAs(com2.staffs);
            assertThat(init.defaults().get(0)).as("__defaults__ shows the mutation").isEqualTo(List.of("bobby", "bobby5"));
        }

        @Test
        @DisplayName("the default expression runs once, at definition, not at each call")
        void evaluatedOnce() {
            int[] evaluations = {0};
            PyFunction init = Company.init(() -> {
                evaluations[0]++;
                return new ArrayList<>();
            }, false);
            assertThat(evaluations[0]).as("evaluations of the default right after def").isEqualTo(1);
            Company.create(init, "a");
            Company.create(init, "b");
            Company.create(init, "c", new ArrayList<>());
            assertThat(evaluations[0]).as("evaluations of the default after three calls").isEqualTo(1);
        }

        @Test
        @DisplayName("fix 1: a None sentinel, with the list made inside the body")
        void noneSentinel() {
            PyFunction init = Company.init(() -> null, true);
            Company com2 = Company.create(init, "com2");
            Company com3 = Company.create(init, "com3");
            com2.staffs.add("bobby");
            assertThat(com3.staffs).as("com3.staffs with staffs=None and `if staffs is None: staffs = []`").isEmpty();
            assertThat(com2.staffs).isNotSameAs(com3.staffs);
            assertThat(init.defaults()).as("__defaults__ holds None, which nobody can mutate").containsExactly((Object) null);
        }

        @Test
        @DisplayName("fix 2: a per-call default factory")
        void perCallFactory() {
            PyFunction init = Company.init(() -> new PerCall(ArrayList::new), false);
            Company com2 = Company.create(init, "com2");
            Company com3 = Company.create(init, "com3");
            com2.staffs.add("bobby");
            assertThat(com3.staffs).as("com3.staffs with a default factory").isEmpty();
            assertThat(init.defaults().get(0)).as("__defaults__ holds the factory itself").isInstanceOf(PerCall.class);
        }
    }

    @Nested
    @DisplayName("__defaults__")
    class Defaults {
        @Test
        @DisplayName("is a tuple attribute: read-only, and None when there are no defaults")
        void isATuple() {
            PyFunction f = new PyFunction("f", List.of("x", "y"), List.of(() -> 1L, () -> "two"), locals -> locals);
            assertThat(f.defaults()).as("f.__defaults__ for def f(x=1, y='two')").containsExactly(1L, "two");
            assertThatThrownBy(() -> f.defaults().set(0, 5L), "__defaults__ is a tuple, not a list you can assign into")
                    .isInstanceOf(UnsupportedOperationException.class).hasMessage(null);
            PyFunction g = new PyFunction("g", List.of("x"), List.of(), locals -> null);
            assertThat(g.defaults()).as("g.__defaults__ for def g(x)").isNull();
            assertThat(f.name()).as("f.__name__").isEqualTo("f");
        }

        @Test
        @DisplayName("fills the omitted trailing arguments, and the body sees its parameters")
        void binding() {
            PyFunction f = new PyFunction("f", List.of("a", "b", "c"), List.of(() -> 20L, () -> 30L),
                    locals -> List.of(locals.get("a"), locals.get("b"), locals.get("c")));
            assertThat(f.call(1L)).as("f(1)").isEqualTo(List.of(1L, 20L, 30L));
            assertThat(f.call(1L, 2L)).as("f(1, 2)").isEqualTo(List.of(1L, 2L, 30L));
            assertThat(f.call(1L, 2L, 3L)).as("f(1, 2, 3)").isEqualTo(List.of(1L, 2L, 3L));
        }

        @Test
        @DisplayName("calls with too few or too many arguments raise CPython's TypeError (300 recorded signatures)")
        void callErrors() {
            List<String> mismatches = new ArrayList<>();
            for (JsonObject c : Golden.cases("references", "calls.json")) {
                List<String> params = new ArrayList<>();
                c.getAsJsonArray("params").forEach(p -> params.add(p.getAsString()));
                int k = c.get("defaults").getAsInt();
                List<Supplier<?>> defaults = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    defaults.add(() -> null);
                }
                PyFunction f = new PyFunction(c.get("name").getAsString(), params, defaults, locals -> "ran");
                Object[] args = new Object[c.get("given").getAsInt()];
                String expected = c.get("message").isJsonNull() ? null : c.get("message").getAsString();
                String actual;
                try {
                    f.call(args);
                    actual = null;
                } catch (TypeError e) {
                    actual = e.getMessage();
                }
                if (!java.util.Objects.equals(actual, expected) && mismatches.size() < 5) {
                    mismatches.add("def f(" + String.join(", ", params) + ") with " + k + " defaults, called with "
                            + args.length + " arguments: " + actual + "\n    CPython: " + expected);
                }
            }
            assertThat(mismatches).as("first differences from CPython").isEmpty();
        }
    }

    @Test
    @DisplayName("eagerDefaultsAreSharedFactoryDefaultsAreNot: over any number of calls that omit the argument")
    void eagerDefaultsAreSharedFactoryDefaultsAreNot() {
        qt().withExamples(100).forAll(integers().between(2, 30)).checkAssert(calls -> {
            Body returnAcc = locals -> locals.get("acc");
            PyFunction eager = new PyFunction("eager", List.of("acc"), List.of(ArrayList::new), returnAcc);
            PyFunction lazy = new PyFunction("lazy", List.of("acc"), List.of(() -> new PerCall(ArrayList::new)), returnAcc);
            List<Object> eagerResults = new ArrayList<>();
            List<Object> lazyResults = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                eagerResults.add(eager.call());
                lazyResults.add(lazy.call());
            }
            assertThat(eagerResults).as("%d calls of def eager(acc=[]): one shared list", calls)
                    .allSatisfy(result -> assertThat(result).isSameAs(eager.defaults().get(0)));
            Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            distinct.addAll(lazyResults);
            assertThat(distinct).as("%d calls with a per-call factory: distinct list objects", calls).hasSize(calls);
        });
    }
}
