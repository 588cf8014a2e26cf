package orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The Java spelling of the notes' {@code class Meta: db_table = "..."}: a table name chosen by the model. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DbTable {
    /** The table name, a plain SQL identifier. */
    String value();
}
