package harness.rules;

import java.util.List;
import java.util.Map;

/** Names the rule a forbidden type or member falls under, in words a learner can act on. */
final class Categories {
    private static final List<Map.Entry<String, String>> MEMBERS = List.of(
            Map.entry("java.lang.System.exit", "code under test may not end the JVM"),
            Map.entry("java.lang.Runtime.halt", "code under test may not end the JVM"),
            Map.entry("java.lang.Runtime.exit", "code under test may not end the JVM"),
            Map.entry("java.lang.Runtime.exec", "only the processes kata starts processes"),
            Map.entry("java.lang.Runtime.addShutdownHook", "no shutdown hooks"),
            Map.entry("java.lang.Runtime.removeShutdownHook", "no shutdown hooks"),
            Map.entry("getStackTrace", "no stack inspection"),
            Map.entry("dumpStack", "no stack inspection"),
            Map.entry("java.lang.System.set", "the JVM's streams and properties belong to the test run"),
            Map.entry("java.lang.System.clearProperty", "the JVM's streams and properties belong to the test run"),
            Map.entry("java.lang.System.getenv", "the JVM's streams and properties belong to the test run"),
            Map.entry("java.lang.System.getProperties", "the JVM's streams and properties belong to the test run"),
            Map.entry("java.lang.System.load", "no native code"),
            Map.entry("java.lang.Runtime.load", "no native code"),
            Map.entry("java.lang.Class.", "no reflection or class loading"),
            Map.entry("ClassLoader", "no reflection or class loading"),
            Map.entry("java.net.URL.", "no file system access"),
            Map.entry("java.nio.file.", "no file system access"),
            Map.entry("<init>", "no file system access"));
    private static final List<Map.Entry<String, String>> TYPES = List.of(
            Map.entry("java.lang.reflect.", "no reflection or class loading"),
            Map.entry("java.lang.invoke.", "no reflection or class loading"),
            Map.entry("java.lang.ClassLoader", "no reflection or class loading"),
            Map.entry("java.net.URLClassLoader", "no reflection or class loading"),
            Map.entry("java.util.ServiceLoader", "no reflection or class loading"),
            Map.entry("java.lang.Module", "no reflection or class loading"),
            Map.entry("java.lang.StackWalker", "no stack inspection"),
            Map.entry("java.lang.Process", "only the processes kata starts processes"),
            Map.entry("java.io.File", "no file system access"),
            Map.entry("java.io.RandomAccessFile", "no file system access"),
            Map.entry("java.io.Console", "the JVM's streams and properties belong to the test run"),
            Map.entry("java.nio.file.", "no file system access"),
            Map.entry("java.nio.channels.File", "no file system access"),
            Map.entry("java.nio.channels.AsynchronousFileChannel", "no file system access"),
            Map.entry("sun.", "no native code or Unsafe"),
            Map.entry("jdk.internal.", "no native code or Unsafe"),
            Map.entry("org.junit", "kata code does not lean on test libraries"),
            Map.entry("org.assertj", "kata code does not lean on test libraries"),
            Map.entry("org.quicktheories", "kata code does not lean on test libraries"),
            Map.entry("org.opentest4j", "kata code does not lean on test libraries"),
            Map.entry("com.tngtech.archunit", "kata code does not lean on test libraries"),
            Map.entry("com.google.gson", "kata code does not lean on test libraries"),
            Map.entry("harness.", "kata code does not lean on test code"),
            Map.entry("support.", "kata code does not lean on test code"));

    private Categories() {
    }

    static String ofMember(String member) {
        return MEMBERS.stream().filter(entry -> member.contains(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("a forbidden call");
    }

    static String ofType(String type, String pkg) {
        return TYPES.stream().filter(entry -> type.startsWith(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(pkg.startsWith("java.") || pkg.startsWith("javax.")
                        ? "only the JDK packages this kata needs (" + pkg + " is not among them)"
                        : "every kata stands alone (" + pkg + " is not part of it)");
    }
}
