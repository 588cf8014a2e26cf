package generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ValueError;

@DisplayName("Frames and the call chain (f_back)")
@Tag("task-3")
class FrameChainSpec {

    /** The names on the chain from {@code frame} back to the outermost frame. */
    static List<String> chain(Frame frame) {
        List<String> names = new ArrayList<>();
        for (Frame f = frame; f != null; f = f.back()) {
            names.add(f.name());
        }
        return names;
    }

    @Test
    @DisplayName("starts in the module frame <module>, which has no caller")
    void moduleFrame() {
        Interpreter interpreter = new Interpreter();
        Frame module = interpreter.currentFrame();
        assertThat(module.name()).as("inspect.currentframe().f_code.co_name at top level").isEqualTo("<module>");
        assertThat(module.back()).as("the module frame's f_back").isNull();
    }

    @Test
    @DisplayName("keeps the notes' foo() -> bar() chain visible after both have returned")
    void fooCallsBar() {
        Interpreter interpreter = new Interpreter();
        AtomicReference<Frame> captured = new AtomicReference<>();
        FunctionBody bar = frame -> {
            captured.set(interpreter.currentFrame());
            return null;
        };
        interpreter.call("foo", frame -> interpreter.call("bar", bar));
        Frame frame = captured.get();
        assertThat(frame.name()).as("frame.f_code.co_name, captured inside bar()").isEqualTo("bar");
        assertThat(frame.back().name()).as("frame.f_back.f_code.co_name: bar's caller").isEqualTo("foo");
        assertThat(chain(frame)).as("the whole f_back chain").containsExactly("bar", "foo", "<module>");
        assertThat(interpreter.currentFrame().name()).as("after foo() returns we are back in the module").isEqualTo("<module>");
    }

    @Test
    @DisplayName("passes each call its own new frame, on top of the stack while it runs")
    void callGetsItsOwnFrame() {
        Interpreter interpreter = new Interpreter();
        Frame module = interpreter.currentFrame();
        Object result = interpreter.call("f", frame -> {
            assertThat(interpreter.currentFrame()).as("inside f(), currentframe() is the frame f() was given").isSameAs(frame);
            assertThat(frame.back()).as("f's f_back is the module frame").isSameAs(module);
            frame.locals().put("x", 1);
            return frame.locals().get("x");
        });
        assertThat(result).as("call() returns what the body returned").isEqualTo(1);
        assertThat(module.locals()).as("f's locals live in f's frame, not the module's").doesNotContainKey("x");
    }

    @Test
    @DisplayName("pops the frame even when the body raises")
    void popsOnException() {
        Interpreter interpreter = new Interpreter();
        Frame module = interpreter.currentFrame();
        assertThatThrownBy(() -> interpreter.call("boom", frame -> {
            throw new ValueError("boom");
        }), "the exception leaves call()").isInstanceOf(ValueError.class).hasMessage("boom");
        assertThat(interpreter.currentFrame()).as("after an exception the caller's frame is current again").isSameAs(module);
    }

    @Test
    @DisplayName("callChainMirrorsNesting: n nested calls give an f_back chain of n + 1 frames, innermost first")
    void callChainMirrorsNesting() {
        qt().forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 12)).checkAssert(ids -> {
            Interpreter interpreter = new Interpreter();
            List<String> names = ids.stream().map(id -> "f" + id).toList();
            AtomicReference<Frame> innermost = new AtomicReference<>();
            nest(interpreter, names, 0, innermost);
            List<String> expected = new ArrayList<>(names);
            java.util.Collections.reverse(expected);
            expected.add("<module>");
            assertThat(chain(innermost.get())).as("f_back chain after calling %s nested", names).isEqualTo(expected);
            assertThat(interpreter.currentFrame().name()).as("every frame popped again").isEqualTo("<module>");
        });
    }

    private static Object nest(Interpreter interpreter, List<String> names, int depth, AtomicReference<Frame> innermost) {
        if (depth == names.size()) {
            innermost.set(interpreter.currentFrame());
            return null;
        }
        return interpreter.call(names.get(depth), frame -> nest(interpreter, names, depth + 1, innermost));
    }
}
