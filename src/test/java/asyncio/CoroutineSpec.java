package asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static support.Raised.raised;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import py.StopIteration;
import py.TypeError;
import py.ValueError;

@DisplayName("A coroutine")
@Tag("task-3")
class CoroutineSpec extends OnVirtualLoop {

    @Test
    @DisplayName("runs nothing until the first send, then runs up to the await of a pending future and hands that future out")
    void suspendsAtAwait() {
        Future<Integer> first = loop.createFuture();
        Coroutine<Integer> coro = new Coroutine<>(() -> {
            log.add("started");
            int a = Coroutine.await(first);
            log.add("got " + a);
            return a * 10;
        });
        assertThat(log).as("creating a coroutine runs none of its body").isEmpty();
        Future<?> awaited = coro.send(null);
        assertThat(awaited).as("send(None) returns the future the coroutine awaits").isSameAs(first);
        assertThat(log).as("the body ran up to the await, not beyond").containsExactly("started");
        first.setResult(4);
        assertThatThrownBy(() -> coro.send(null), "when the body returns, send raises StopIteration carrying the return value")
                .isInstanceOfSatisfying(StopIteration.class, stop -> assertThat(stop.value()).isEqualTo(40));
        assertThat(log).as("after the second send").containsExactly("started", "got 4");
        assertThat(coro.done()).as("done() after the body returned").isTrue();
    }

    @Test
    @DisplayName("does not pause at the await of a future that is already done")
    void doneFutureDoesNotSuspend() {
        Future<String> ready = loop.createFuture();
        ready.setResult("now");
        Coroutine<String> coro = new Coroutine<>(() -> Coroutine.await(ready) + "!");
        StopIteration stop = raised(StopIteration.class,
                "coro.send(None) where the body returns (await done_future) + '!': CPython raises StopIteration", () -> coro.send(null));
        assertThat(stop.value()).as("StopIteration.value of that send: what a body that awaited a done future returned")
                .isEqualTo("now!");
    }

    @Test
    @DisplayName("refuses a non-None first send with TypeError")
    void nonNoneFirstSend() {
        Coroutine<String> coro = new Coroutine<>(() -> "x");
        assertThatThrownBy(() -> coro.send(1), "coro.send(1) on a just-created coroutine: CPython raises TypeError")
                .isInstanceOf(TypeError.class)
                .hasMessage("can't send non-None value to a just-started coroutine");
    }

    @Test
    @DisplayName("refuses to run again once finished: cannot reuse already awaited coroutine")
    void noReuse() {
        Coroutine<String> coro = new Coroutine<>(() -> "x");
        assertThatThrownBy(() -> coro.send(null), "coro.send(None) where the body returns 'x' at once: CPython raises StopIteration")
                .isInstanceOf(StopIteration.class);
        assertThatThrownBy(() -> coro.send(null), "coro.send(None) again, after the body returned: CPython raises RuntimeError")
                .isInstanceOf(RuntimeError.class)
                .hasMessage("cannot reuse already awaited coroutine");
    }

    @Test
    @DisplayName("raises a thrown-in exception at the paused await, where the body may catch it")
    void throwInAtAwait() {
        Future<Integer> never = loop.createFuture();
        Future<Integer> second = loop.createFuture();
        Coroutine<String> coro = new Coroutine<>(() -> {
            try {
                Coroutine.await(never);
                return "not reached";
            } catch (ValueError e) {
                log.add("caught " + e.getMessage());
            }
            Coroutine.await(second);
            return "after";
        });
        coro.send(null);
        Future<?> next = coro.throwIn(new ValueError("boom"));
        assertThat(log).as("the ValueError surfaced at the await inside the body").containsExactly("caught boom");
        assertThat(next).as("throw() returns the next awaited future").isSameAs(second);
    }

    @Test
    @DisplayName("lets an uncaught exception from the body out of send")
    void bodyExceptionEscapes() {
        Coroutine<String> coro = new Coroutine<>(() -> {
            throw new ValueError("inside");
        });
        assertThatThrownBy(() -> coro.send(null), "coro.send(None) where the body raises ValueError('inside'): CPython lets it out")
                .isInstanceOf(ValueError.class).hasMessage("inside");
        assertThat(coro.done()).as("a coroutine that raised is finished").isTrue();
    }
    @Test
    @DisplayName("knows the loop that resumes it: started by hand outside any loop, resumed from a loop callback")
    void runningLoopFollowsTheResumer() {
        Future<String> wake = loop.createFuture();
        Coroutine<String> coro = new Coroutine<>(() -> {
            log.add("first step: " + runningLoop());
            Coroutine.await(wake);
            log.add("second step: " + runningLoop());
            return "done";
        });
        coro.send(null);
        wake.setResult("x");
        loop.callSoon(() -> {
            assertThatThrownBy(() -> coro.send(null),
                    "coro.send(None) from a loop callback, the body's last step: CPython raises StopIteration")
                    .isInstanceOf(StopIteration.class);
            loop.stop();
        });
        loop.runForever();
        assertThat(log).as("get_running_loop() inside a coroutine sent once by hand, then once from a callback of a running loop")
                .containsExactly("first step: RuntimeError: no running event loop", "second step: the loop that sent it");
    }

    String runningLoop() {
        try {
            return EventLoop.getRunningLoop() == loop ? "the loop that sent it" : "another loop";
        } catch (RuntimeError e) {
            return "RuntimeError: " + e.getMessage();
        }
    }
}
