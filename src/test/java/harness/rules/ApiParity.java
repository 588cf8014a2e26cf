package harness.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stubs and the reference solution of a kata expose the same public API: the same public
 * classes, each with the same kind, supertypes and public or protected members, signature for
 * signature. It binds the two trees the maintainers write; a learner may add public members of
 * their own (the compiler already demands every member the specs call).
 */
public final class ApiParity {
    private ApiParity() {
    }

    /** Each difference as one line that says which side has what; both sides are in package {@code slug}. */
    public static List<String> differences(String slug, JavaClasses stubs, JavaClasses solutions) {
        return differences(slug, stubs, slug, solutions);
    }

    /** The same, for twins that live in different packages (the rule's own planted fixtures do). */
    public static List<String> differences(String stubPackage, JavaClasses stubs, String solutionPackage, JavaClasses solutions) {
        List<String> differences = new ArrayList<>();
        for (JavaClass stub : stubs) {
            String twin = solutionPackage + stub.getName().substring(stubPackage.length());
            if (!isVisible(stub) || !stub.getPackageName().startsWith(stubPackage)) {
                continue;
            }
            if (!solutions.contain(twin)) {
                differences.add("the stub declares public " + stub.getName() + ", which the solution lacks");
                continue;
            }
            Set<String> stubApi = api(stub, stubPackage);
            Set<String> solutionApi = api(solutions.get(twin), solutionPackage);
            difference(stubApi, solutionApi).forEach(member -> differences.add(
                    stub.getName() + ": the stub has " + member + ", the solution does not"));
            difference(solutionApi, stubApi).forEach(member -> differences.add(
                    stub.getName() + ": the solution has " + member + ", the stub does not"));
        }
        for (JavaClass solution : solutions) {
            String twin = stubPackage + solution.getName().substring(solutionPackage.length());
            if (isVisible(solution) && solution.getPackageName().startsWith(solutionPackage) && !stubs.contain(twin)) {
                differences.add("the solution declares public " + solution.getName() + ", which the stubs lack");
            }
        }
        return differences;
    }

    /** A public class nested in a non-public one is not part of the API. */
    private static boolean isVisible(JavaClass type) {
        for (JavaClass current = type; current != null; current = current.getEnclosingClass().orElse(null)) {
            if (!current.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> api(JavaClass type, String root) {
        Set<String> api = new TreeSet<>();
        api.add("kind " + (type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class")
                + (type.getModifiers().contains(JavaModifier.ABSTRACT) && !type.isInterface() ? " abstract" : "")
                + (type.getModifiers().contains(JavaModifier.FINAL) ? " final" : ""));
        type.getRawSuperclass().ifPresent(superclass -> api.add("extends " + relative(superclass.getName(), root)));
        type.getRawInterfaces().forEach(iface -> api.add("implements " + relative(iface.getName(), root)));
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (isApi(unit) && !unit.getName().equals("<clinit>") && !isToString(unit)) {
                String params = unit.getRawParameterTypes().stream().map(param -> relative(param.getName(), root))
                        .collect(Collectors.joining(", "));
                api.add(modifiers(unit) + relative(unit.getRawReturnType().getName(), root) + " " + unit.getName() + "(" + params + ")");
            }
        }
        for (JavaField field : type.getFields()) {
            if (isApi(field)) {
                api.add(modifiers(field) + relative(field.getRawType().getName(), root) + " " + field.getName());
            }
        }
        return api;
    }

    /** A solution may describe itself better than its stub; printing is never the exercise. */
    private static boolean isToString(JavaCodeUnit unit) {
        return unit.getName().equals("toString") && unit.getRawParameterTypes().isEmpty();
    }

    private static boolean isApi(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static String modifiers(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) ? "public " : "protected ") + (modifiers.contains(JavaModifier.STATIC) ? "static " : "");
    }

    /** Types of the kata's own package are compared by their name inside it. */
    private static String relative(String typeName, String root) {
        return typeName.startsWith(root + ".") ? typeName.substring(root.length() + 1) : typeName;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
