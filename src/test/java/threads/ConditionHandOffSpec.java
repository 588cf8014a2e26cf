package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The named spec "Condition hand-off": the notes' two-speaker poem, generalised to N speakers
 * taking M turns each through one Condition.
 */
@DisplayName("Condition hand-off: N speakers x M lines through one Condition")
@Tag("task-6")
class ConditionHandOffSpec {

    @Test
    @DisplayName("recites the notes' two-speaker dialogue in strict alternation")
    void twoSpeakers() {
        assertThat(converse(2, 3, List.of(0, 1), new PyCondition(), false))
                .as("two speakers, three lines each, started in order")
                .containsExactlyElementsOf(expected(2, 3));
    }

    @Test
    @DisplayName("keeps strict turns when the later speakers start first")
    void laterSpeakersStartFirst() {
        assertThat(converse(4, 3, List.of(3, 2, 1, 0), new PyCondition(), false))
                .as("4 speakers started in reverse order, each waiting before the next starts")
                .containsExactlyElementsOf(expected(4, 3));
    }

    @Test
    @DisplayName("loses no wakeup when the first speaker has spoken before the second even starts")
    void noLostWakeup() {
        // The notes' version deadlocks here: the first notify() happens before anyone waits.
        PyCondition cond = new PyCondition();
        TurnTaking talk = new TurnTaking(2, cond);
        List<String> transcript = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        Thread first = spec.start("speaker-0", () -> {
            for (int line = 0; line < 3; line++) {
                int l = line;
                talk.speak(0, () -> transcript.add(line(0, l)));
            }
        });
        Threads.awaitTrue("speaker 0 to say its first line", () -> !transcript.isEmpty());
        Threads.parkedOrDone(first);
        spec.start("speaker-1", () -> {
            for (int line = 0; line < 3; line++) {
                int l = line;
                talk.speak(1, () -> transcript.add(line(1, l)));
            }
        });
        spec.joinAll("a deadlock here is the lost wakeup: speaker 0 notified before speaker 1 waited "
                + "(transcript so far: " + transcript + ")");
        assertThat(transcript).containsExactlyElementsOf(expected(2, 3));
    }

    @Test
    @DisplayName("does not speak out of turn on a spurious wakeup")
    void survivesSpuriousWakeups() {
        PyCondition cond = new PyCondition();
        TurnTaking talk = new TurnTaking(2, cond);
        List<String> transcript = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        Thread second = spec.start("speaker-1", () -> talk.speak(1, () -> transcript.add(line(1, 0))));
        // Speaker 1 is waiting for its turn; wake it up again and again although nothing changed.
        for (int i = 0; i < 50 && transcript.isEmpty(); i++) {
            Threads.parkedOrDone(second);
            cond.acquire();
            cond.signalAll();
            cond.release();
            Thread.yield();
        }
        assertThat(transcript).as("speaker 1 was only woken spuriously: it must go back to waiting, "
                + "which takes a predicate loop (while not my turn: wait) or wait_for").isEmpty();
        spec.start("speaker-0", () -> talk.speak(0, () -> transcript.add(line(0, 0))));
        spec.joinAll("after speaker 0 has spoken, speaker 1 must get its turn");
        assertThat(transcript).containsExactly(line(0, 0), line(1, 0));
    }

    @Test
    @DisplayName("property: any N, M, start order and jitter give the exact transcript and terminate (transcriptIsRoundRobin)")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void transcriptIsRoundRobin() {
        qt().withExamples(40).forAll(integers().between(1, 5), integers().between(0, 6), longs().all())
                .checkAssert((speakers, lines, seed) -> {
                    Random random = new Random(seed);
                    List<Integer> order = new ArrayList<>();
                    for (int s = 0; s < speakers; s++) {
                        order.add(s);
                    }
                    Collections.shuffle(order, random);
                    List<String> transcript = converse(speakers, lines, order, new PyCondition(), true, random.nextLong());
                    assertThat(transcript).as("%d speakers x %d lines, started in order %s (seed %d)", speakers, lines, order, seed)
                            .containsExactlyElementsOf(expected(speakers, lines));
                });
    }

    @Test
    @DisplayName("works over a plain Lock as well as the default RLock")
    void overAPlainLock() {
        assertThat(converse(3, 4, List.of(2, 0, 1), new PyCondition(new PyLock()), true))
                .containsExactlyElementsOf(expected(3, 4));
    }

    static List<String> converse(int speakers, int lines, List<Integer> startOrder, PyCondition cond, boolean noise) {
        return converse(speakers, lines, startOrder, cond, noise, 42);
    }

    /** Starts one thread per speaker in the given order; with noise, jitters and injects spurious wakeups. */
    static List<String> converse(int speakers, int lines, List<Integer> startOrder, PyCondition cond, boolean noise, long seed) {
        TurnTaking talk = new TurnTaking(speakers, cond);
        List<String> transcript = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        AtomicBoolean talking = new AtomicBoolean(true);
        Threads noiseMaker = new Threads();
        if (noise) {
            noiseMaker.start("spurious waker", () -> {
                while (talking.get()) {
                    cond.acquire();
                    cond.signalAll();
                    cond.release();
                    Thread.yield();
                }
            });
        }
        for (int speaker : startOrder) {
            Random jitter = new Random(seed + speaker);
            Thread thread = spec.start("speaker-" + speaker, () -> {
                for (int line = 0; line < lines; line++) {
                    int l = line;
                    if (noise && jitter.nextInt(3) == 0) {
                        Thread.yield();
                    }
                    talk.speak(speaker, () -> transcript.add(line(speaker, l)));
                }
            });
            if (!noise) {
                Threads.parkedOrDone(thread);
            }
        }
        try {
            spec.joinAll("the conversation deadlocked; transcript so far: " + transcript);
        } finally {
            talking.set(false);
            noiseMaker.joinAll("the spurious waker stops");
        }
        return transcript;
    }

    static List<String> expected(int speakers, int lines) {
        List<String> transcript = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            for (int s = 0; s < speakers; s++) {
                transcript.add(line(s, l));
            }
        }
        return transcript;
    }

    static String line(int speaker, int line) {
        return "speaker " + speaker + ", line " + line;
    }
}
