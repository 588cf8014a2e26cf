package asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.InvalidStateError;
import py.ValueError;

@DisplayName("A future")
@Tag("task-2")
class FutureSpec extends OnVirtualLoop {

    void runOnce() {
        loop.callSoon(loop::stop);
        loop.runForever();
    }

    @Test
    @DisplayName("while pending, refuses result() with 'Result is not set.' and exception() with 'Exception is not set.'")
    void pending() {
        Future<Integer> f = loop.createFuture();
        assertThat(f.done()).as("done() of a new future").isFalse();
        assertThatThrownBy(f::result, "f.result() of a pending future: CPython raises InvalidStateError")
                .isInstanceOf(InvalidStateError.class).hasMessage("Result is not set.");
        assertThatThrownBy(f::exception, "f.exception() of a pending future: CPython raises InvalidStateError")
                .isInstanceOf(InvalidStateError.class).hasMessage("Exception is not set.");
    }

    @Test
    @DisplayName("keeps its first result and refuses a second one with InvalidStateError: invalid state")
    void resultOnce() {
        Future<Integer> f = loop.createFuture();
        f.setResult(1);
        assertThat(f.result()).as("result() after set_result(1)").isEqualTo(1);
        assertThat(f.exception()).as("exception() of a future with a result").isNull();
        assertThatThrownBy(() -> f.setResult(2), "f.set_result(2) after f.set_result(1): CPython raises InvalidStateError")
                .isInstanceOf(InvalidStateError.class).hasMessage("invalid state");
        assertThatThrownBy(() -> f.setException(new ValueError("x")),
                "f.set_exception(ValueError('x')) after f.set_result(1): CPython raises InvalidStateError")
                .isInstanceOf(InvalidStateError.class).hasMessage("invalid state");
        assertThat(f.cancel()).as("cancel() of a finished future").isFalse();
        assertThat(f.result()).as("the first result survives the refused calls").isEqualTo(1);
    }

    @Test
    @DisplayName("raises its exception from result()")
    void exception() {
        Future<Integer> f = loop.createFuture();
        ValueError error = new ValueError("bad");
        f.setException(error);
        assertThat(f.exception()).as("exception() returns the very object set").isSameAs(error);
        assertThatThrownBy(f::result, "result() re-raises the stored exception").isSameAs(error);
    }

    @Test
    @DisplayName("cancel() is True while pending and False after, and result() then raises CancelledError")
    void cancel() {
        Future<Integer> f = loop.createFuture();
        assertThat(f.cancel()).as("first cancel() of a pending future").isTrue();
        assertThat(f.cancelled()).as("cancelled() after cancel()").isTrue();
        assertThat(f.done()).as("a cancelled future is done").isTrue();
        assertThat(f.cancel()).as("second cancel(): the future is already done").isFalse();
        assertThatThrownBy(f::result, "f.result() of a cancelled future: CPython raises CancelledError").isInstanceOf(CancelledError.class);
        assertThatThrownBy(() -> f.setResult(1), "f.set_result(1) on a cancelled future: CPython raises InvalidStateError")
                .isInstanceOf(InvalidStateError.class).hasMessage("invalid state");
    }

    @Test
    @DisplayName("schedules done callbacks with call_soon instead of running them inside set_result")
    void callbacksAreScheduled() {
        Future<String> f = loop.createFuture();
        f.addDoneCallback(done -> log.add("first saw " + done.result()));
        f.addDoneCallback(done -> log.add("second saw " + done.result()));
        f.setResult("x");
        assertThat(log).as("right after set_result, before the loop ran: nothing has been called yet").isEmpty();
        runOnce();
        assertThat(log).as("after one loop iteration, in registration order").containsExactly("first saw x", "second saw x");
    }

    @Test
    @DisplayName("schedules a callback added to a future that is already done, too")
    void callbackOnDoneFuture() {
        Future<String> f = loop.createFuture();
        f.setResult("x");
        f.addDoneCallback(done -> log.add("late"));
        assertThat(log).as("add_done_callback on a done future does not call it synchronously").isEmpty();
        runOnce();
        assertThat(log).as("it runs on the next loop iteration").containsExactly("late");
    }

    @Test
    @DisplayName("passes itself to the callback, so extra arguments go in a closure like functools.partial")
    void partialExample() {
        Future<String> f = loop.createFuture();
        String url = "http://www.baidu.com";
        f.addDoneCallback(done -> log.add("done: " + url + " with " + done.result()));
        f.setResult("page");
        runOnce();
        assertThat(log).as("partial(callback, url) becomes a lambda capturing url").containsExactly("done: http://www.baidu.com with page");
    }

    @Test
    @DisplayName("removes every registration of a callback and reports how many")
    void removeCallback() {
        Future<String> f = loop.createFuture();
        Consumer<Future<String>> cb = done -> log.add("called");
        f.addDoneCallback(cb);
        f.addDoneCallback(cb);
        assertThat(f.removeDoneCallback(cb)).as("remove_done_callback after adding it twice").isEqualTo(2);
        f.cancel();
        runOnce();
        assertThat(log).as("a removed callback never runs").isEmpty();
    }

    @Test
    @DisplayName("remove_done_callback() leaves other callbacks alone, and finds none left once the future is done")
    void removeOnlyThatCallback() {
        Future<String> f = loop.createFuture();
        Consumer<Future<String>> removed = done -> log.add("removed callback");
        f.addDoneCallback(removed);
        f.addDoneCallback(done -> log.add("other callback"));
        f.addDoneCallback(removed);
        assertThat(f.removeDoneCallback(removed)).as("remove_done_callback(cb) after add(cb), add(other), add(cb)").isEqualTo(2);
        f.setResult("x");
        runOnce();
        assertThat(log).as("callbacks that ran after set_result").containsExactly("other callback");
        Future<String> finished = loop.createFuture();
        finished.addDoneCallback(removed);
        finished.setResult("y");
        assertThat(finished.removeDoneCallback(removed)).as("remove_done_callback(cb) once the future is done: its callbacks "
                + "were handed to the loop when it finished, so none is left to remove").isZero();
    }
}
