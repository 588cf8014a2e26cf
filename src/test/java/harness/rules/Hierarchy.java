package harness.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names of a class and of everything it extends or implements. A call is judged by where its
 * method is declared: {@code error.getStackTrace()} on a {@code py.TypeError} is
 * {@code Throwable.getStackTrace()}. The kata's own classes come from the imported class files;
 * the given code and the JDK are looked up in this JVM, loaded but never initialized.
 */
final class Hierarchy {
    private Hierarchy() {
    }

    static Set<String> namesOf(JavaClass type) {
        Set<String> names = new LinkedHashSet<>();
        Deque<JavaClass> imported = new ArrayDeque<>();
        imported.add(type);
        while (!imported.isEmpty()) {
            JavaClass current = imported.removeFirst();
            if (!names.add(current.getName())) {
                continue;
            }
            if (current.getSource().isPresent()) {
                current.getRawSuperclass().ifPresent(imported::add);
                imported.addAll(current.getRawInterfaces());
            } else {
                names.remove(current.getName());
                names.addAll(reflected(current.getName()));
            }
        }
        return names;
    }

    private static Set<String> reflected(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        try {
            Deque<Class<?>> pending = new ArrayDeque<>();
            pending.add(Class.forName(name, false, Hierarchy.class.getClassLoader()));
            while (!pending.isEmpty()) {
                Class<?> current = pending.removeFirst();
                names.add(current.getName());
                if (current.getSuperclass() != null) {
                    pending.add(current.getSuperclass());
                }
                pending.addAll(java.util.List.of(current.getInterfaces()));
            }
        } catch (ClassNotFoundException | LinkageError unknown) {
            // Not the JDK and not given code: only the name itself is known.
        }
        return names;
    }
}
