package orm;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.ValueError;
import support.Golden;

@DisplayName("CharField(max_length) counts characters exactly as CPython's len() does")
class CharLengthGoldenSpec {
    /** A model for the database round trip: the longest fixture max_length is 10. */
    public static final class Note extends Model {
        public static final Field id = new IntField().primaryKey();
        public static final Field text = new CharField(10);
    }

    @Test
    @Tag("task-1")
    @DisplayName("accepts a string iff len(s) <= max_length, and reports len(s) when it refuses (400 CPython cases)")
    void acceptsExactlyWhatPythonLenAllows() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("orm", "char_lengths.json")) {
            String text = golden.get("text").getAsString();
            int maxLength = golden.get("max_length").getAsInt();
            CharField field = new CharField(maxLength);
            field.setName("Note", "text");
            String expected = golden.get("accepted").getAsBoolean() ? "accepted"
                    : "ValueError: Note.text is at most " + maxLength + " characters, got " + golden.get("len").getAsInt();
            String actual;
            try {
                field.set(new Models.Row(), text);
                actual = "accepted";
            } catch (ValueError error) {
                actual = "ValueError: " + error.getMessage();
            }
            if (!expected.equals(actual) && mismatches.size() < 5) {
                mismatches.add("\n - CharField(" + maxLength + ") = " + py.Repr.of(text) + " (len " + golden.get("len")
                        + ", Java length() " + text.length() + "): expected " + expected + ", got " + actual);
            }
        }
        assertThat(mismatches).as("strings where your CharField disagrees with CPython's len() (first 5)").isEmpty();
    }

    @Test
    @Tag("task-4")
    @Timeout(value = 30, unit = SECONDS) // starts the H2 engine if no other spec has
    @DisplayName("every accepted string survives a save and get through H2 unchanged")
    void acceptedStringsRoundTripThroughTheDatabase() throws SQLException {
        try (Connection db = Models.freshDatabase()) {
            Table<Note> notes = new Table<>(Note.class, db);
            notes.createTable();
            int id = 0;
            for (JsonObject golden : Golden.cases("orm", "char_lengths.json")) {
                if (golden.get("len").getAsInt() > 10) {
                    continue;
                }
                String text = golden.get("text").getAsString();
                notes.save(ModelClass.of(Note.class).create(Map.of("id", ++id, "text", text)));
                assertThat(notes.get(id).orElseThrow().dict().get("text")).as("text %s read back", py.Repr.of(text)).isEqualTo(text);
            }
            assertThat(notes.count()).as("rows saved").isEqualTo(id);
        }
    }
}
