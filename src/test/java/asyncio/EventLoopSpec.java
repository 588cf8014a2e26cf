package asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import support.Golden;
import support.Mismatches;
import support.OpenFiles;

@DisplayName("An event loop")
@Tag("task-1")
class EventLoopSpec extends OnVirtualLoop {

    /** A spec may leave the loop running on purpose (stop() from inside, an error in a callback); close() would refuse it. */
    @AfterEach
    @Override
    void closeLoop() {
        if (!loop.isRunning()) {
            loop.close();
        }
    }

    Runnable note(String what) {
        return () -> log.add(what);
    }

    @Nested
    @DisplayName("scheduling callbacks")
    class Scheduling {

        @Test
        @DisplayName("runs call_soon callbacks in FIFO order")
        void soonIsFifo() {
            for (int i = 0; i < 20; i++) {
                loop.callSoon(note("c" + i));
            }
            loop.callSoon(loop::stop);
            loop.runForever();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                expected.add("c" + i);
            }
            assertThat(log).as("20 call_soon callbacks run in the order they were scheduled").isEqualTo(expected);
        }

        @Test
        @DisplayName("runs timers by due time, and timers due at the same time in scheduling order")
        void timersByTimeThenFifo() {
            loop.callLater(2, note("late"));
            for (int i = 0; i < 12; i++) {
                loop.callLater(1, note("tie" + i));
            }
            loop.callAt(0.5, note("at0.5"));
            loop.callLater(2, loop::stop);
            loop.runForever();
            assertThat(log).as("call_later(2) after twelve call_later(1) ties and a call_at(0.5)")
                    .containsExactly("at0.5", "tie0", "tie1", "tie2", "tie3", "tie4", "tie5", "tie6", "tie7",
                            "tie8", "tie9", "tie10", "tie11", "late");
        }

        @Test
        @DisplayName("runs callbacks scheduled by a callback on the next iteration, so stop() lets them wait")
        void newCallbacksWaitForNextIteration() {
            loop.callSoon(() -> {
                log.add("first");
                loop.callSoon(note("scheduled by first"));
                loop.stop();
            });
            loop.callSoon(note("second"));
            loop.runForever();
            assertThat(log).as("run_forever after stop() inside a callback: the already-ready 'second' runs, the new one waits")
                    .containsExactly("first", "second");
            loop.callSoon(loop::stop);
            loop.runForever();
            assertThat(log).as("the next run_forever runs the callback scheduled during the previous one")
                    .containsExactly("first", "second", "scheduled by first");
        }

        @Test
        @DisplayName("skips a cancelled handle")
        void cancelledHandle() {
            Handle soon = loop.callSoon(note("soon"));
            Handle later = loop.callLater(1, note("later"));
            soon.cancel();
            later.cancel();
            loop.callLater(2, loop::stop);
            loop.runForever();
            assertThat(log).as("cancelled call_soon and call_later handles never run").isEmpty();
            assertThat(soon.cancelled()).as("handle.cancelled() after cancel()").isTrue();
            assertThat(later.when()).as("a call_later(1) timer is due at loop time 1.0").isEqualTo(1.0);
        }
    }

    @Nested
    @DisplayName("with a virtual clock")
    class VirtualClock {

        @Test
        @DisplayName("jumps to the next timer when idle, so an hour passes at once and exactly")
        void jumpsToNextTimer() {
            double[] seen = new double[2];
            loop.callLater(1800, () -> seen[0] = loop.time());
            loop.callLater(3600, () -> {
                seen[1] = loop.time();
                loop.stop();
            });
            loop.runForever();
            assertThat(seen).as("loop.time() inside call_later(1800) and call_later(3600) callbacks").containsExactly(1800.0, 3600.0);
        }

        @Test
        @DisplayName("never goes backwards, even for a call_at in the past")
        void monotonic() {
            List<Double> times = new ArrayList<>();
            loop.callLater(5, () -> {
                times.add(loop.time());
                loop.callAt(1, () -> {
                    times.add(loop.time());
                    loop.stop();
                });
            });
            loop.runForever();
            assertThat(times).as("a call_at(1) scheduled at time 5 runs at once, and time stays 5").containsExactly(5.0, 5.0);
        }
    }

    @Nested
    @DisplayName("across threads")
    class Threads {

        @Test
        @DisplayName("call_soon_threadsafe wakes a loop blocked in its selector with nothing to do")
        void threadsafeWakesLoop() throws Exception {
            EventLoop real = new EventLoop(false);
            CountDownLatch started = new CountDownLatch(1);
            real.callSoon(started::countDown);
            Thread other = new Thread(() -> {
                try {
                    started.await();
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                real.callSoonThreadsafe(() -> {
                    log.add("from another thread on " + Thread.currentThread().getName());
                    real.stop();
                });
            });
            other.start();
            String loopThread = Thread.currentThread().getName();
            real.runForever();
            other.join();
            real.close();
            assertThat(log).as("the callback sent by call_soon_threadsafe ran, on the loop's thread")
                    .containsExactly("from another thread on " + loopThread);
        }
        @Test
        @DisplayName("a real-clock call_later(30) has not fired when a callback sent at once from another thread arrives")
        void realTimersWait() throws Exception {
            EventLoop real = new EventLoop(false);
            real.callLater(30, note("timer of 30 s"));
            Thread other = new Thread(() -> real.callSoonThreadsafe(() -> {
                log.add("from the other thread");
                real.stop();
            }));
            real.callSoon(other::start);
            real.runForever();
            other.join();
            real.close();
            assertThat(log).as("what ran on a real-clock loop before the other thread's callback stopped it: "
                    + "time() counts seconds, so a 30 s timer is far from due").containsExactly("from the other thread");
        }
    }

    @Nested
    @DisplayName("running and closing")
    class Lifecycle {

        @Test
        @DisplayName("refuses to run inside itself: This event loop is already running")
        void alreadyRunning() {
            List<Throwable> errors = new ArrayList<>();
            loop.callSoon(() -> {
                try {
                    loop.runForever();
                } catch (Throwable e) {
                    errors.add(e);
                }
                loop.stop();
            });
            loop.runForever();
            assertThat(errors).as("run_forever() called from a callback").hasSize(1);
            assertThat(errors.get(0)).isInstanceOf(RuntimeError.class).hasMessage("This event loop is already running");
            assertThat(loop.isRunning()).as("is_running() after run_forever returned").isFalse();
        }

        @Test
        @DisplayName("refuses to close while running: Cannot close a running event loop")
        void closeWhileRunning() {
            List<Throwable> errors = new ArrayList<>();
            loop.callSoon(() -> {
                try {
                    loop.close();
                } catch (Throwable e) {
                    errors.add(e);
                }
                loop.stop();
            });
            loop.runForever();
            assertThat(errors).as("close() from a callback").hasSize(1);
            assertThat(errors.get(0)).isInstanceOf(RuntimeError.class).hasMessage("Cannot close a running event loop");
        }

        @Test
        @DisplayName("refuses every scheduling call once closed: Event loop is closed")
        void closed() {
            assertThat(loop.isClosed()).as("is_closed() of a new loop").isFalse();
            loop.close();
            loop.close();
            assertThat(loop.isClosed()).as("is_closed() after close(), which may be called twice").isTrue();
            assertThatThrownBy(() -> loop.callSoon(note("x")), "loop.call_soon(f) on a closed loop: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
            assertThatThrownBy(() -> loop.callLater(1, note("x")), "loop.call_later(1, f) on a closed loop: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
            assertThatThrownBy(() -> loop.callSoonThreadsafe(note("x")),
                    "loop.call_soon_threadsafe(f) on a closed loop: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
            assertThatThrownBy(loop::runForever, "loop.run_forever() on a closed loop: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
        }

        @Test
        @DisplayName("releases its selector on close(): 50 loops opened and closed leave no file descriptors behind")
        void closeReleasesTheSelector() {
            long before = OpenFiles.count();
            for (int i = 0; i < 50; i++) {
                new EventLoop(false).close();
            }
            long after = OpenFiles.count();
            assertThat(after - before).as("file descriptors opened by 50 loops and not released by their close() "
                    + "(before: %d, after: %d): a Selector holds some until it is closed", before, after).isLessThan(10);
        }
    }

    @Test
    @DisplayName("fires 400 random schedules of call_soon/call_later/call_at at CPython's times, in CPython's order up to timer ties")
    void goldenTimerOrder() {
        // CPython's timer heap compares only the due time, so it may run two timers due at the same
        // moment in either order; this loop promises FIFO for them. Compare each moment's set of ids.
        Mismatches mismatches = new Mismatches("random schedules where the callbacks fired (id@time) differ from CPython's");
        for (JsonObject c : Golden.cases("asyncio", "timer_order.json")) {
            List<String> expected = new ArrayList<>();
            for (JsonElement f : c.getAsJsonArray("fired")) {
                expected.add(f.getAsJsonArray().get(0).getAsInt() + "@" + f.getAsJsonArray().get(1).getAsDouble());
            }
            List<String> actual = TimerSchedules.run(c.getAsJsonArray("callbacks"));
            if (TimerSchedules.byMoment(actual).equals(TimerSchedules.byMoment(expected))) {
                mismatches.agreed();
            } else {
                mismatches.disagreed("schedule " + c.getAsJsonArray("callbacks"), expected, actual);
            }
        }
        mismatches.assertNone();
    }
}
