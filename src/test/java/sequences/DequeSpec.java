package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import py.IndexError;
import py.TypeError;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@DisplayName("collections.deque")
@Tag("task-6")
class DequeSpec {

    @Nested
    @DisplayName("an unbounded deque")
    class Unbounded {
        @Test
        @DisplayName("adds and removes at both ends")
        void bothEnds() {
            PyDeque deque = new PyDeque();
            deque.append(2);
            deque.appendleft(1);
            deque.append(3);
            assertThat(deque.toList()).as("d.append(2); d.appendleft(1); d.append(3)").containsExactly(1, 2, 3);
            assertThat(List.of(deque.popleft(), deque.pop(), deque.len())).as("d.popleft(), d.pop(), len(d)").containsExactly(1, 3, 1);
            assertThat(deque.maxlen()).as("deque().maxlen").isNull();
        }

        @Test
        @DisplayName("raises IndexError 'pop from an empty deque' from either end")
        void popEmpty() {
            PyDeque deque = new PyDeque();
            assertThatThrownBy(deque::pop, "deque().pop()").isInstanceOf(IndexError.class).hasMessage("pop from an empty deque");
            assertThatThrownBy(deque::popleft, "deque().popleft()").isInstanceOf(IndexError.class).hasMessage("pop from an empty deque");
        }

        @Test
        @DisplayName("indexes from both ends and refuses an index out of range")
        void indexes() {
            PyDeque deque = new PyDeque();
            List.of("a", "b", "c").forEach(deque::append);
            assertThat(List.of(deque.get(0), deque.get(-1))).as("d[0], d[-1]").containsExactly("a", "c");
            assertThatThrownBy(() -> deque.get(3), "d[3]").isInstanceOf(IndexError.class).hasMessage("deque index out of range");
        }

        @Test
        @DisplayName("appends and pops at the left end without shifting the other items: O(1) element moves per call")
        void leftEndIsCheap() {
            // Decided by counting the element slots the deque writes, looked at after every call;
            // the clock plays no part, so a shifting deque fails at once on any machine.
            int n = 1_000;
            PyDeque deque = new PyDeque();
            SlotWrites moves = new SlotWrites(deque);
            List<Object> popped = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                deque.appendleft(i);
                moves.look();
            }
            for (int i = n; i < 2 * n; i++) {
                deque.appendleft(i);
                moves.look();
                popped.add(deque.popleft());
                moves.look();
            }
            for (int i = 0; i < n; i++) {
                popped.add(deque.popleft());
                moves.look();
            }
            List<Object> expected = new ArrayList<>();
            IntStream.range(n, 2 * n).forEach(expected::add);
            IntStream.iterate(n - 1, i -> i >= 0, i -> i - 1).forEach(expected::add);
            assertThat(popped).as("what popleft() returned: %d appendleft, then %d x (appendleft, popleft), then %d popleft", n, n, n)
                    .isEqualTo(expected);
            int calls = 4 * n;
            assertThat(moves.writes())
                    .as("element slots written by those %d calls (the busiest field: %s): a deque that shifts its items on "
                            + "appendleft/popleft (like ArrayList.add(0, x)) writes about len(d) slots per call; a ring buffer "
                            + "writes one, plus an occasional doubling", calls, moves.busiestField())
                    .isLessThanOrEqualTo(4L * calls);
        }

        @Test
        @DisplayName("d + other wants a deque and keeps the left operand's maxlen")
        void concatenation() {
            PyDeque left = new PyDeque(2);
            left.append(1);
            left.append(2);
            PyDeque right = new PyDeque();
            right.append(3);
            PyDeque sum = left.add(right);
            assertThat(sum.toList()).as("deque([1, 2], maxlen=2) + deque([3])").containsExactly(2, 3);
            assertThat(sum.maxlen()).as("(deque([1, 2], maxlen=2) + deque([3])).maxlen").isEqualTo(2);
            assertThatThrownBy(() -> left.add(PyList.of(3)), "deque([1, 2]) + [3]")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate deque (not \"list\") to deque");
        }
    }

    @Test
    @DisplayName("is an iterable a list's += accepts, while list + deque raises TypeError")
    void worksWithLists() {
        PyDeque deque = new PyDeque();
        deque.append("d");
        deque.appendleft("c");
        assertThat(PyList.of("a").iadd(deque).toList()).as("lst = ['a']; lst += deque(['c', 'd'])").containsExactly("a", "c", "d");
        assertThatThrownBy(() -> PyList.of("a").add(deque), "['a'] + deque(['c', 'd'])")
                .isInstanceOf(TypeError.class).hasMessage("can only concatenate list (not \"collections.deque\") to list");
    }

    @Nested
    @DisplayName("a deque with maxlen")
    class Bounded {
        @Test
        @DisplayName("append on a full deque drops the leftmost item")
        void appendEvictsLeft() {
            PyDeque deque = new PyDeque(3);
            for (int i = 0; i < 5; i++) {
                deque.append(i);
            }
            assertThat(deque.toList()).as("deque(range(5), maxlen=3)").containsExactly(2, 3, 4);
        }

        @Test
        @DisplayName("appendleft on a full deque drops the rightmost item")
        void appendleftEvictsRight() {
            PyDeque deque = new PyDeque(3);
            for (int i = 0; i < 5; i++) {
                deque.appendleft(i);
            }
            assertThat(deque.toList()).as("appendleft 0..4 with maxlen=3").containsExactly(4, 3, 2);
        }

        @Test
        @DisplayName("keeps nothing with maxlen 0 and refuses a negative maxlen")
        void edgeMaxlens() {
            PyDeque none = new PyDeque(0);
            none.append(1);
            none.appendleft(2);
            assertThat(none.toList()).as("deque(maxlen=0) after append(1) and appendleft(2)").isEmpty();
            assertThatThrownBy(() -> new PyDeque(-1), "deque(maxlen=-1)")
                    .isInstanceOf(ValueError.class).hasMessage("maxlen must be non-negative");
        }
    }

    @Test
    @DisplayName("agrees with CPython on 300 random scripts of appends and pops, with and without maxlen")
    void goldenScripts() {
        Mismatches mismatches = new Mismatches("deque scripts");
        for (JsonObject script : Golden.cases("sequences", "deque.json")) {
            replay(script, mismatches);
        }
        mismatches.assertNone();
    }

    /** Runs one script step by step; records it as disagreeing at its first step whose result or contents differ. */
    private static void replay(JsonObject script, Mismatches mismatches) {
        JsonElement maxlenJson = script.get("maxlen");
        Integer maxlen = maxlenJson == null || maxlenJson.isJsonNull() ? null : maxlenJson.getAsInt();
        StringBuilder call = new StringBuilder("d = deque(maxlen=" + maxlen + ")");
        PyDeque deque;
        try {
            deque = new PyDeque(maxlen);
        } catch (RuntimeException refused) {
            mismatches.disagreed(call.toString(), "a deque", refused.toString());
            return;
        }
        for (JsonElement element : script.getAsJsonArray("steps")) {
            JsonObject step = element.getAsJsonObject();
            String op = step.get("op").getAsString();
            Outcome expected = step.has("result") ? Outcome.of(step.getAsJsonObject("result")) : new Outcome(JsonNull.INSTANCE, null, null);
            call.append("; d.").append(op).append(step.has("arg") ? "(" + step.get("arg") + ")" : "()");
            Outcome.Answer answer = expected.answer(() -> {
                Object result = switch (op) {
                    case "append" -> run(() -> deque.append(step.get("arg").getAsInt()));
                    case "appendleft" -> run(() -> deque.appendleft(step.get("arg").getAsInt()));
                    case "pop" -> deque.pop();
                    default -> deque.popleft();
                };
                return result;
            }, result -> result);
            JsonElement after = Outcome.toJson(deque.toList());
            if (!answer.agrees() || !Outcome.sameJson(after, step.get("after"))) {
                mismatches.disagreed(call + "; list(d)", expected + ", then " + step.get("after"), answer.shown() + ", then " + after);
                return;
            }
        }
        mismatches.agreed();
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    /** One step of a model-based script; toString reads like the Python call. */
    record Action(String name, int argument) {
        @Override
        public String toString() {
            return name.startsWith("append") ? name + "(" + argument + ")" : name + "()";
        }
    }

    private static Gen<Action> actions() {
        Gen<String> names = integers().between(0, 3).map(i -> List.of("append", "appendleft", "pop", "popleft").get(i));
        return names.zip(integers().between(0, 99), Action::new);
    }

    @Test
    @DisplayName("law: any script of appends and pops, bounded or not, matches an ArrayDeque model")
    void matchesArrayDequeModel() {
        qt().forAll(lists().of(actions()).ofSizeBetween(0, 40), integers().between(-1, 4))
                .checkAssert((script, bound) -> {
                    Integer maxlen = bound < 0 ? null : bound;
                    PyDeque deque = new PyDeque(maxlen);
                    ArrayDeque<Integer> model = new ArrayDeque<>();
                    for (Action action : script) {
                        Object got = apply(deque, action);
                        Object expected = applyToModel(model, action, maxlen);
                        assertThat(got).as("d = deque(maxlen=%s); %s: the result of %s", maxlen, script, action).isEqualTo(expected);
                        assertThat(deque.toList()).as("d = deque(maxlen=%s); %s: contents after %s", maxlen, script, action)
                                .isEqualTo(new ArrayList<Object>(model));
                    }
                });
    }

    private static Object apply(PyDeque deque, Action action) {
        try {
            switch (action.name()) {
                case "append" -> deque.append(action.argument());
                case "appendleft" -> deque.appendleft(action.argument());
                case "pop" -> {
                    return deque.pop();
                }
                default -> {
                    return deque.popleft();
                }
            }
            return null;
        } catch (IndexError empty) {
            return "IndexError: " + empty.getMessage();
        }
    }

    private static Object applyToModel(ArrayDeque<Integer> model, Action action, Integer maxlen) {
        boolean full = maxlen != null && model.size() == maxlen;
        switch (action.name()) {
            case "append" -> {
                if (maxlen == null || maxlen > 0) {
                    if (full) {
                        model.pollFirst();
                    }
                    model.addLast(action.argument());
                }
                return null;
            }
            case "appendleft" -> {
                if (maxlen == null || maxlen > 0) {
                    if (full) {
                        model.pollLast();
                    }
                    model.addFirst(action.argument());
                }
                return null;
            }
            case "pop" -> {
                return model.isEmpty() ? "IndexError: pop from an empty deque" : model.pollLast();
            }
            default -> {
                return model.isEmpty() ? "IndexError: pop from an empty deque" : model.pollFirst();
            }
        }
    }
}
