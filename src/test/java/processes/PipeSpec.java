package processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.AssertionFailure;
import py.EOFError;
import py.OSError;

@DisplayName("PyProcess with a duplex Pipe, like Process(target=f, args=(child_conn,))")
@Tag("task-3")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PipeSpec {

    /** The child: answers every message until the parent hangs up, then reports how many it saw. */
    static Object echoUntilEof(Connection conn) {
        int seen = 0;
        try {
            while (true) {
                Object message = conn.recv();
                seen++;
                conn.send("child " + ProcessHandle.current().pid() + " got " + message);
            }
        } catch (EOFError hungUp) {
            System.exit(seen);
            return null;
        }
    }

    @Test
    @DisplayName("carries messages both ways between parent and child process")
    void duplex() {
        PyProcess process = new PyProcess(PipeSpec::echoUntilEof);
        process.start();
        Connection parent = process.pipe();
        long child = process.pid();
        assertThat(child).as("the child's pid").isNotEqualTo(ProcessHandle.current().pid());
        List<Object> replies = new ArrayList<>();
        for (String message : List.of("ping", "你好", "")) {
            parent.send(message);
            replies.add(parent.recv());
        }
        assertThat(replies).as("replies from the child, in order")
                .containsExactly("child " + child + " got ping", "child " + child + " got 你好", "child " + child + " got ");
        parent.close();
        process.join();
        assertThat(process.exitCode()).as("exit code: the child counts the messages it got before EOFError").isEqualTo(3);
        assertThat(ChildProbe.goneSoon(child)).as("the child after join()").isTrue();
    }

    @Test
    @DisplayName("lets the child speak first, and raises EOFError in the parent once the child has exited")
    void childSpeaksFirst() {
        PyProcess process = new PyProcess(conn -> {
            conn.send(new ArrayList<>(List.of(1, 2, 3)));
            conn.close();
            return null;
        });
        process.start();
        assertThat(process.pipe().recv()).as("what the child sent first").isEqualTo(List.of(1, 2, 3));
        assertThatThrownBy(() -> process.pipe().recv(), "recv() after the child closed its end").isInstanceOf(EOFError.class);
        process.join();
        assertThat(process.exitCode()).as("exit code of a target that returned").isZero();
    }

    @Test
    @DisplayName("refuses a send on a closed end: OSError handle is closed")
    void closedEnd() {
        PyProcess process = new PyProcess(PipeSpec::echoUntilEof);
        process.start();
        Connection parent = process.pipe();
        parent.close();
        assertThatThrownBy(() -> parent.send("late"), "parent.send('late') after parent.close(): CPython raises OSError")
                .isInstanceOf(OSError.class).hasMessage("handle is closed");
        assertThatThrownBy(parent::recv, "recv() on a closed end").isInstanceOf(OSError.class).hasMessage("handle is closed");
        process.join();
        assertThat(process.exitCode()).as("the child saw EOF at once").isZero();
    }

    @Test
    @DisplayName("follows Process's rules: join before start and a second start raise AssertionError")
    void lifecycle() {
        PyProcess process = new PyProcess(conn -> null);
        assertThatThrownBy(process::join, "p.join() before p.start(): CPython raises AssertionError")
                .isInstanceOf(AssertionFailure.class).hasMessage("can only join a started process");
        process.start();
        assertThatThrownBy(process::start, "p.start() a second time: CPython raises AssertionError")
                .isInstanceOf(AssertionFailure.class).hasMessage("cannot start a process twice");
        process.join();
        assertThat(process.exitCode()).isZero();
    }

    @Test
    @DisplayName("kill() ends a busy child and reaps it")
    void kill() {
        PyProcess process = new PyProcess(PipeSpec::echoUntilEof);
        process.start();
        long child = process.pid();
        assertThat(process.exitCode()).as("exitcode while the child runs").isNull();
        process.kill();
        assertThat(ChildProbe.goneSoon(child)).as("the child after kill()").isTrue();
        assertThat(process.exitCode()).as("exitcode after kill()").isNotNull().isNotZero();
    }
}
