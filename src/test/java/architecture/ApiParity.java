package architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A public class has a twin (same name relative to its package root) in the other class set, and
 * both expose the same public surface: kind, supertypes, and every public or protected
 * constructor, method and field with its exact signature.
 */
final class ApiParity extends ArchCondition<JavaClass> {
    private final String ownRoot;
    private final String twinRoot;
    private final JavaClasses twins;

    ApiParity(String ownRoot, String twinRoot, JavaClasses twins) {
        super("have a twin in '" + twinRoot + "' with the same public API");
        this.ownRoot = ownRoot;
        this.twinRoot = twinRoot;
        this.twins = twins;
    }

    @Override
    public void check(JavaClass own, ConditionEvents events) {
        if (!isVisible(own)) {
            return;
        }
        String twinName = twinRoot + own.getName().substring(ownRoot.length());
        if (!twins.contain(twinName)) {
            events.add(SimpleConditionEvent.violated(own, own.getName() + " has no twin " + twinName));
            return;
        }
        JavaClass twin = twins.get(twinName);
        Set<String> ownApi = api(own, ownRoot);
        Set<String> twinApi = api(twin, twinRoot);
        for (String missing : difference(ownApi, twinApi)) {
            events.add(SimpleConditionEvent.violated(own, own.getName() + ": " + missing + " is missing from " + twinName));
        }
        for (String extra : difference(twinApi, ownApi)) {
            events.add(SimpleConditionEvent.violated(own, twinName + ": " + extra + " is missing from " + own.getName()));
        }
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
                String params = unit.getRawParameterTypes().stream()
                        .map(param -> relative(param.getName(), root)).collect(Collectors.joining(", "));
                api.add(modifiers(unit) + relative(unit.getRawReturnType().getName(), root) + " "
                        + unit.getName() + "(" + params + ")");
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
        return (modifiers.contains(JavaModifier.PUBLIC) ? "public " : "protected ")
                + (modifiers.contains(JavaModifier.STATIC) ? "static " : "");
    }

    /** Types from the kata's own package are compared by their name below the root. */
    private static String relative(String typeName, String root) {
        String bare = typeName.replace("[]", "");
        return bare.equals(root) || bare.startsWith(root + ".") ? "~" + typeName.substring(root.length()) : typeName;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
