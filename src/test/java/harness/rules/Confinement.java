package harness.rules;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import harness.verdict.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the compiled classes of one kata against its {@link Policy}, and says where each
 * violation is: the source file relative to the repository, the line, and what the code does
 * there. Grading runs this before any of the kata's code runs, and a kata that breaks a rule is
 * not run at all.
 */
public final class Confinement {
    private final String slug;
    private final Policy policy;
    private final String sources;

    /**
     * @param sources the kata's source directory relative to the repository, e.g. {@code katas/setup}
     */
    public Confinement(String slug, Policy policy, String sources) {
        this.slug = slug;
        this.policy = policy;
        this.sources = sources.replace('\\', '/');
    }

    /** Checks every class under {@code classes}. */
    public static List<Violation> check(String slug, Path classes, Path sources) {
        return new Confinement(slug, Policy.of(slug), sources.toString()).check(new ClassFileImporter().importPath(classes));
    }

    public List<Violation> check(JavaClasses classes) {
        Set<Violation> found = new LinkedHashSet<>();
        if (classes.isEmpty()) {
            // A rule that matches nothing must not pass: a kata with no classes has nothing to judge.
            found.add(new Violation("a kata has code to judge", sources, "compiled to no classes at all"));
        }
        for (JavaClass javaClass : classes) {
            if (!javaClass.getPackageName().equals(slug)) {
                found.add(new Violation("a kata's code lives in its own package", where(javaClass.getSourceCodeLocation()),
                        "declares " + javaClass.getName() + ", outside package " + slug));
            }
            for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                if (unit.getModifiers().contains(JavaModifier.NATIVE)) {
                    found.add(new Violation("no native code", where(unit.getSourceCodeLocation()), "declares native " + unit.getFullName()));
                }
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                typeViolation(dependency).ifPresent(found::add);
            }
            for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
                memberViolation(access).ifPresent(found::add);
            }
        }
        return new ArrayList<>(found);
    }

    private java.util.Optional<Violation> typeViolation(Dependency dependency) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        if (target.isPrimitive() || target.getPackageName().equals(slug)) {
            return java.util.Optional.empty();
        }
        String type = target.getName();
        String enclosing = outermost(type);
        boolean allowedType = policy.allowedTypes().contains(type) || policy.allowedTypes().contains(enclosing);
        boolean forbidden = policy.forbiddenTypes().contains(type) || policy.forbiddenTypes().contains(enclosing);
        if (allowedType || (!forbidden && policy.packages().contains(target.getPackageName()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Violation(Categories.ofType(type, target.getPackageName()),
                where(dependency.getSourceCodeLocation()), "uses " + type));
    }

    private java.util.Optional<Violation> memberViolation(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        String parameters = target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                ? codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).collect(Collectors.joining(", ", "(", ")")) : "";
        for (String owner : Hierarchy.namesOf(target.getOwner())) {
            String member = owner + "." + target.getName();
            if (matches(policy.forbiddenMembers(), owner, member, parameters) && !matches(policy.allowedMembers(), owner, member, parameters)) {
                return java.util.Optional.of(new Violation(Categories.ofMember(member), where(access.getSourceCodeLocation()),
                        (target.getName().equals("<init>") ? "constructs " + owner : "calls " + member) + parameters));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean matches(Set<String> entries, String owner, String member, String parameters) {
        return entries.contains(member) || entries.contains(member + parameters) || entries.contains(owner + ".*");
    }

    private String where(SourceCodeLocation location) {
        int line = location.getLineNumber();
        return sources + "/" + location.getSourceFileName() + (line > 0 ? ":" + line : "");
    }

    private static String outermost(String type) {
        int nested = type.indexOf('$');
        return nested < 0 ? type : type.substring(0, nested);
    }
}
