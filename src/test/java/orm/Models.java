package orm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** Models shared by the orm specs, and a fresh in-memory H2 database per test. */
final class Models {
    private Models() {
    }

    /** A bare model with no fields of its own: field specs name their fields by hand and store values on it. */
    static final class Row extends Model {
    }

    /** class Student(Model): the fields are declared out of alphabetical order on purpose. */
    public static final class Student extends Model {
        public static final Field id = new IntField().primaryKey();
        public static final Field name = new CharField(40);
        public static final Field age = new IntField(0, 150);
        public static final Field email = new CharField(60).dbColumn("mail");
    }

    /** A model whose table name, "user", is a reserved word in SQL. */
    public static final class User extends Model {
        public static final Field uid = new IntField().primaryKey();
        public static final Field nick = new CharField(8);
    }

    /** class Meta: db_table = "people". */
    @DbTable("people")
    public static final class Person extends Model {
        public static final Field pk = new IntField().primaryKey();
        public static final Field zname = new CharField(10);
        public static final Field alias = new CharField(10);
    }

    /** A model without fields: the class-creation step must refuse it. */
    public static final class Empty extends Model {
        public static final String NOT_A_FIELD = "ignored";
    }

    /** A model with fields but no primary key. */
    public static final class Keyless extends Model {
        public static final Field value = new IntField();
    }

    /** class Tag(Model): nothing but its primary key, so UPDATE has no column to SET. */
    public static final class Tag extends Model {
        public static final Field label = new IntField().primaryKey();
    }

    /** A private, in-memory database that disappears when the connection closes. */
    static Connection freshDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:orm-" + UUID.randomUUID());
    }
}
