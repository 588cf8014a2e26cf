package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.KeyError;

@Tag("task-2")
@DisplayName("__getattr__ versus __getattribute__")
class GetattrSpec {
    private final List<String> calls = new ArrayList<>();

    private final PyFunction notFound = Probes.function("__getattr__", args -> {
        calls.add("__getattr__ " + args[1]);
        return ((PyObject) args[0]).dict().get("name") + ": not found.";
    });

    private PyObject user(Map<String, Object> classNamespace) {
        PyObject user = new PyObject(new PyType("User", List.of(), classNamespace));
        user.dict().put("name", "Sancho");
        return user;
    }

    @Test
    @DisplayName("__getattr__ runs only when normal lookup fails (the notes print 'Sancho: not found.')")
    void getattrOnlyOnMiss() {
        PyObject user = user(Map.of("__getattr__", notFound));
        assertThat(Attributes.getattr(user, "name")).as("user.name exists in __dict__").isEqualTo("Sancho");
        assertThat(calls).as("__getattr__ must not run for an attribute that exists").isEmpty();
        assertThat(Attributes.getattr(user, "age")).as("user.age is missing").isEqualTo("Sancho: not found.");
        assertThat(calls).as("__getattr__ ran once, for 'age'").containsExactly("__getattr__ age");
    }

    @Test
    @DisplayName("__getattribute__ runs on every lookup, even for attributes that exist")
    void getattributeOnEveryLookup() {
        PyFunction always = Probes.function("__getattribute__", args -> {
            calls.add("__getattribute__ " + args[1]);
            return "Sancho";
        });
        PyObject user = user(Map.of("__getattribute__", always));
        assertThat(List.of(Attributes.getattr(user, "age"), Attributes.getattr(user, "name")))
                .as("user.age and user.name with a __getattribute__ that always returns 'Sancho'")
                .containsExactly("Sancho", "Sancho");
        assertThat(calls).as("one call per lookup").containsExactly("__getattribute__ age", "__getattribute__ name");
    }

    @Test
    @DisplayName("an AttributeError raised inside __getattribute__ falls through to __getattr__")
    void getattributeErrorFallsThrough() {
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("__getattribute__", Probes.function("__getattribute__", args -> {
            throw new AttributeError("hidden");
        }));
        namespace.put("__getattr__", notFound);
        assertThat(Attributes.getattr(user(namespace), "name")).as("user.name when __getattribute__ raises AttributeError")
                .isEqualTo("Sancho: not found.");
    }

    @Test
    @DisplayName("an AttributeError raised inside a property getter falls through to __getattr__")
    void propertyGetterErrorFallsThrough() {
        Property broken = new Property(self -> {
            throw new AttributeError("'User' object has no attribute '_age'");
        });
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("age", broken);
        namespace.put("__getattr__", notFound);
        assertThat(Attributes.getattr(user(namespace), "age"))
                .as("user.age when the getter reads a missing self._age: a classic source of confusing __getattr__ calls")
                .isEqualTo("Sancho: not found.");
    }

    @Test
    @DisplayName("other exceptions are not swallowed: a KeyError propagates past __getattr__")
    void otherErrorsPropagate() {
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("age", new Property(self -> {
            throw new KeyError("_age");
        }));
        namespace.put("__getattr__", notFound);
        assertThatThrownBy(() -> Attributes.getattr(user(namespace), "age"),
                "user.age where the property's getter raises KeyError('_age'): CPython lets the KeyError out, past __getattr__")
                .isInstanceOf(KeyError.class);
        assertThat(calls).as("__getattr__ only handles AttributeError").isEmpty();
    }

    @Test
    @DisplayName("without __getattr__, the AttributeError reaches the caller unchanged")
    void noHookNoRescue() {
        assertThatThrownBy(() -> Attributes.getattr(user(Map.of()), "age"),
                "user.age on a User with no age and no __getattr__: CPython raises AttributeError")
                .isInstanceOf(AttributeError.class)
                .hasMessage("'User' object has no attribute 'age'");
    }

    @Test
    @DisplayName("__getattr__ is looked up on the type, not in the instance dict")
    void hookIsLookedUpOnType() {
        PyObject user = user(Map.of());
        user.dict().put("__getattr__", notFound);
        assertThatThrownBy(() -> Attributes.getattr(user, "age"),
                "user.age where __getattr__ is only in user.__dict__, not on User: CPython raises AttributeError")
                .isInstanceOf(AttributeError.class)
                .hasMessage("'User' object has no attribute 'age'");
    }
}
