package orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.PyException;

/**
 * Model, DbTable and the PEP 249 errors are given code (src/main/java/orm/): these specs keep them
 * honest, so they pass on the untouched kata too. Their models declare no Field: a Field is the
 * learner's code, and given specs must not run it.
 */
@Tag("given")
@DisplayName("Model, @DbTable and the database errors (given code)")
class ModelSpec {
    /** class Note(Model), with no columns. */
    static final class Note extends Model {
    }

    /** class Meta: db_table = "notebook". */
    @DbTable("notebook")
    static final class Notebook extends Model {
    }

    @Test
    @DisplayName("gives each model instance a __dict__ of its own, live, in the order values were set")
    void dictIsPerInstance() {
        Note first = new Note();
        Note second = new Note();
        first.dict().put("title", "groceries");
        first.dict().put("body", "milk");
        assertThat(first.dict()).as("first.__dict__ after first.title = 'groceries'; first.body = 'milk'")
                .containsExactly(Map.entry("title", "groceries"), Map.entry("body", "milk"));
        assertThat(second.dict()).as("second.__dict__: another instance's values are not its own").isEmpty();
        assertThat(first.toString()).as("the label of a model in failure messages: its class and its values")
                .isEqualTo("Note{title=groceries, body=milk}");
    }

    @Test
    @DisplayName("keeps @DbTable at run time, where the metaclass step reads it")
    void dbTableIsReadableAtRunTime() {
        assertThat(Notebook.class.getAnnotation(DbTable.class)).as("the @DbTable of class Notebook, read by reflection").isNotNull()
                .extracting(DbTable::value).as("Notebook's Meta.db_table").isEqualTo("notebook");
        assertThat(Note.class.getAnnotation(DbTable.class)).as("a model without class Meta has no @DbTable").isNull();
    }

    @Test
    @DisplayName("makes IntegrityError a DatabaseError, as PEP 249 and sqlite3 do, and keeps the driver's exception as the cause")
    void errorsFollowPep249() {
        SQLException driver = new SQLException("Unique index or primary key violation");
        IntegrityError error = new IntegrityError("UNIQUE constraint failed: student.id", driver);
        assertThat(error).as("sqlite3.IntegrityError.__mro__ holds DatabaseError and Exception")
                .isInstanceOf(DatabaseError.class).isInstanceOf(PyException.class)
                .hasMessage("UNIQUE constraint failed: student.id").hasCause(driver);
        assertThat(new DatabaseError("no such table: ghost", driver)).as("sqlite3.DatabaseError('no such table: ghost')")
                .hasMessage("no such table: ghost").hasCause(driver);
    }
}
