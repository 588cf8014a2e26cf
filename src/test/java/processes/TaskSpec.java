package processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Task is given code (src/main/java/processes/): these specs check the one thing the kata needs
 * from it, that a lambda written as a Task survives the trip to a child the way a pickled
 * top-level function does. They pass on the untouched kata too.
 */
@Tag("given")
@DisplayName("Task (given code): a function that can travel to another JVM")
class TaskSpec {

    /** pickle.loads(pickle.dumps(fn)), with Java serialization playing pickle. */
    @SuppressWarnings("unchecked")
    private static <A, R> Task<A, R> roundTrip(Task<A, R> task) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(task);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Task<A, R>) in.readObject();
        }
    }

    @Test
    @DisplayName("a lambda written as a Task serializes, with what it captured, and runs on the other side")
    void lambdasTravel() throws Exception {
        int offset = 10;
        Task<Integer, Integer> square = x -> x * x;
        Task<Integer, Integer> shifted = x -> x + offset;
        assertThat(roundTrip(square).apply(7)).as("pickle.loads(pickle.dumps(square))(7)").isEqualTo(49);
        assertThat(roundTrip(shifted).apply(7)).as("a Task that captured offset = 10, after the trip, applied to 7").isEqualTo(17);
    }

    @Test
    @DisplayName("a Task may raise whatever the function raises, checked exceptions included")
    void tasksMayThrow() throws Exception {
        Task<String, Integer> parse = Integer::parseInt;
        assertThat(roundTrip(parse).apply("42")).as("int('42') after the trip").isEqualTo(42);
        Task<String, String> failing = path -> {
            throw new IOException("No such file or directory: " + path);
        };
        assertThat(catchThrowable(() -> roundTrip(failing).apply("missing.txt")))
                .as("apply() of a Task that raises a checked IOException: it comes out as it is, for the pool to send back")
                .isInstanceOf(IOException.class).hasMessage("No such file or directory: missing.txt");
    }
}
