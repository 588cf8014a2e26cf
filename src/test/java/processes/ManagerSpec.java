package processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.KeyError;

@DisplayName("Manager, like multiprocessing.Manager(), with dict and Queue proxies")
@Tag("task-4")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManagerSpec {

    @Test
    @DisplayName("keeps a dict in its own process and answers every proxy call like a dict")
    void dictProxy() {
        try (Manager manager = new Manager()) {
            assertThat(manager.pid()).as("the manager is a process of its own").isNotEqualTo(ProcessHandle.current().pid());
            assertThat(ChildProbe.alive(manager.pid())).as("is manager.pid() a live process?").isTrue();
            DictProxy<String, Integer> shared = manager.dict();
            shared.setItem("a", 1);
            shared.setItem("b", 2);
            shared.setItem("a", 3);
            assertThat(shared.getItem("a")).as("d['a'] after d['a'] = 3").isEqualTo(3);
            assertThat(shared.get("zzz")).as("d.get('zzz')").isNull();
            assertThat(shared.get("a")).as("d.get('a')").isEqualTo(3);
            assertThat(shared.contains("b")).as("'b' in d").isTrue();
            assertThat(shared.contains("zzz")).as("'zzz' in d").isFalse();
            assertThat(shared.len()).as("len(d)").isEqualTo(2);
            shared.delItem("b");
            assertThat(shared.copy()).as("d.copy()").isEqualTo(Map.of("a", 3));
            assertThatThrownBy(() -> shared.getItem("zzz"), "d['zzz'] through the proxy").isInstanceOf(KeyError.class)
                    .hasMessage("'zzz'");
            assertThatThrownBy(() -> shared.delItem("b"), "del d['b'] twice").isInstanceOf(KeyError.class);
        }
    }

    @Test
    @DisplayName("shares one dict and one queue between pool workers in other processes")
    void sharedWithPoolWorkers() {
        try (Manager manager = new Manager()) {
            DictProxy<Integer, Long> squares = manager.dict();
            QueueProxy<String> log = manager.queue();
            ProcessPool pool = new ProcessPool(2);
            try {
                List<Long> pids = pool.map(x -> {
                    squares.setItem(x, (long) x * x);
                    log.put("did " + x);
                    return ProcessHandle.current().pid();
                }, List.of(1, 2, 3, 4, 5, 6));
                assertThat(pids).as("the tasks ran in the pool's children").doesNotContain(ProcessHandle.current().pid());
            } finally {
                pool.close();
                pool.join();
            }
            assertThat(squares.copy()).as("what the workers wrote into the managed dict")
                    .isEqualTo(Map.of(1, 1L, 2, 4L, 3, 9L, 4, 16L, 5, 25L, 6, 36L));
            assertThat(log.qsize()).as("items the workers put into the managed queue").isEqualTo(6);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                lines.add(log.get());
            }
            assertThat(lines).containsExactlyInAnyOrder("did 1", "did 2", "did 3", "did 4", "did 5", "did 6");
        }
    }

    @Test
    @DisplayName("queue get() blocks until another process puts an item")
    void queueGetBlocks() {
        try (Manager manager = new Manager()) {
            QueueProxy<Integer> queue = manager.queue();
            PyProcess producer = new PyProcess(conn -> {
                conn.recv();
                queue.put(42);
                return null;
            });
            producer.start();
            Thread[] taker = new Thread[1];
            Integer[] got = new Integer[1];
            taker[0] = new Thread(() -> got[0] = queue.get());
            taker[0].setDaemon(true);
            taker[0].start();
            producer.pipe().send("go");
            taker[0].join(15_000);
            producer.join();
            assertThat(got[0]).as("what get() returned once the other process put it").isEqualTo(42);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("with Manager() as m: ends the manager process when the block ends")
    void withBlockShutsDown() {
        long pid;
        try (Manager manager = new Manager()) {
            pid = manager.pid();
            manager.dict().setItem("k", 1);
        }
        assertThat(ChildProbe.goneSoon(pid)).as("the manager process after the with block").isTrue();
    }

    @Test
    @DisplayName("shutdown() ends the manager process")
    void shutdownLeavesNoOrphan() {
        Manager manager = new Manager();
        long pid = manager.pid();
        manager.dict();
        manager.shutdown();
        assertThat(ChildProbe.goneSoon(pid)).as("the manager process after shutdown()").isTrue();
    }
}
