package harness.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the code of one kata may use. Everyone gets the same allow-list of the JDK; a few katas get
 * named exceptions, because they are about sockets, processes, a database or reflection. Inside an
 * allowed package, some classes and members are still forbidden: those that end or escape the
 * JVM, inspect the stack, load classes, reflect, or touch the file system. Those are how a
 * kata could be graded without being solved, or take the grading down with it.
 *
 * <p>Members are written {@code owner.name}; a constructor's name is {@code <init>}, and a member
 * may pin its parameter types: {@code java.io.FileInputStream.<init>(java.io.FileDescriptor)}.
 */
public record Policy(Set<String> packages, Set<String> forbiddenTypes, Set<String> allowedTypes,
                     Set<String> forbiddenMembers, Set<String> allowedMembers) {

    /** Packages every kata may use (a package, not its subpackages). */
    static final Set<String> PACKAGES = Set.of(
            "java.lang", "java.lang.annotation", "java.util", "java.util.function", "java.util.stream", "java.util.regex",
            "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks", "java.math",
            "java.text", "java.time", "java.time.format", "java.time.temporal", "java.io", "java.nio", "java.nio.charset", "py");

    /** Classes no kata may use, although their package is allowed. */
    static final Set<String> FORBIDDEN_TYPES = Set.of(
            "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.StackWalker",
            "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ProcessHandle", "java.lang.SecurityManager",
            "java.lang.Compiler", "java.lang.InheritableThreadLocal",
            "java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.FileReader", "java.io.FileWriter",
            "java.io.RandomAccessFile", "java.io.FileDescriptor", "java.io.Console", "java.io.FilePermission",
            "java.util.ServiceLoader", "java.util.Timer",
            "java.net.URLClassLoader", "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection",
            "java.nio.channels.FileChannel", "java.nio.channels.AsynchronousFileChannel", "java.nio.channels.FileLock");

    /** Members no kata may use: exits, stream swaps, properties, the stack, native code, class loading. */
    static final Set<String> FORBIDDEN_MEMBERS = Set.of(
            "java.lang.System.exit", "java.lang.System.setOut", "java.lang.System.setErr", "java.lang.System.setIn",
            "java.lang.System.setProperty", "java.lang.System.setProperties", "java.lang.System.clearProperty",
            "java.lang.System.getenv", "java.lang.System.load", "java.lang.System.loadLibrary", "java.lang.System.console",
            "java.lang.System.setSecurityManager", "java.lang.System.inheritedChannel", "java.lang.System.getProperties",
            "java.lang.Runtime.exec", "java.lang.Runtime.halt", "java.lang.Runtime.exit", "java.lang.Runtime.addShutdownHook",
            "java.lang.Runtime.removeShutdownHook", "java.lang.Runtime.load", "java.lang.Runtime.loadLibrary",
            "java.lang.Thread.getStackTrace", "java.lang.Thread.getAllStackTraces", "java.lang.Thread.dumpStack",
            "java.lang.Thread.getContextClassLoader", "java.lang.Thread.setContextClassLoader", "java.lang.Thread.stop",
            "java.lang.Thread.setDefaultUncaughtExceptionHandler",
            "java.lang.Throwable.getStackTrace", "java.lang.Throwable.setStackTrace",
            "java.lang.Throwable.printStackTrace(java.io.PrintStream)", "java.lang.Throwable.printStackTrace(java.io.PrintWriter)",
            "java.lang.Class.forName", "java.lang.Class.getClassLoader", "java.lang.Class.getModule",
            "java.lang.Class.getProtectionDomain", "java.lang.Class.getResource", "java.lang.Class.getResourceAsStream",
            "java.lang.Class.newInstance", "java.lang.Class.getMethod", "java.lang.Class.getMethods",
            "java.lang.Class.getDeclaredMethod", "java.lang.Class.getDeclaredMethods", "java.lang.Class.getField",
            "java.lang.Class.getFields", "java.lang.Class.getDeclaredField", "java.lang.Class.getConstructor",
            "java.lang.Class.getConstructors", "java.lang.Class.getEnclosingClass", "java.lang.Class.getEnclosingMethod",
            "java.lang.Class.getDeclaringClass", "java.lang.Class.getNestHost", "java.lang.Class.getNestMembers",
            "java.lang.Class.getDeclaredClasses", "java.lang.Class.getClasses", "java.lang.Class.getDeclaredFields",
            "java.lang.Class.getDeclaredConstructor", "java.lang.Class.getDeclaredConstructors",
            "java.lang.Package.getPackage", "java.lang.Package.getPackages",
            "java.net.URL.openStream", "java.net.URL.openConnection", "java.net.URL.getContent",
            "java.util.Scanner.<init>(java.io.File)", "java.util.Scanner.<init>(java.nio.file.Path)",
            "java.util.Formatter.<init>(java.lang.String)", "java.util.Formatter.<init>(java.io.File)",
            "java.io.PrintStream.<init>(java.lang.String)", "java.io.PrintStream.<init>(java.io.File)",
            "java.io.PrintWriter.<init>(java.lang.String)", "java.io.PrintWriter.<init>(java.io.File)");

    /** The named exceptions: what a kata needs beyond the common allow-list, and why. */
    static final Map<String, Policy> EXCEPTIONS = Map.of(
            // Sockets, non-blocking channels and selectors are what these katas are about.
            "sockets", exception(List.of("java.net"), List.of(), List.of(), List.of()),
            "selectors", exception(List.of("java.net", "java.nio.channels", "java.nio.channels.spi"), List.of(), List.of(), List.of()),
            "asyncio", exception(List.of("java.net", "java.nio.channels", "java.nio.channels.spi"), List.of(), List.of(), List.of()),
            // A crawler fetches over HTTP and streams its records into a file it is handed: it may write, never read.
            "crawler", exception(List.of("java.net", "java.net.http"),
                    List.of("java.nio.file.Path", "java.nio.file.Files", "java.nio.file.OpenOption", "java.nio.file.StandardOpenOption"),
                    List.of("java.nio.file.Files.newBufferedWriter"), List.of("java.nio.file.Files.*")),
            // multiprocessing: child JVMs (started by the given ChildJvm, never by a ProcessBuilder of the
            // kata's own) and the pipes to them; a child swaps stdout so that the pipe stays clean.
            "processes", exception(List.of("java.net"),
                    List.of("java.lang.Process", "java.io.FileDescriptor", "java.io.FileInputStream", "java.io.FileOutputStream"),
                    List.of("java.lang.System.setOut"), List.of()),
            // An ORM reads a model class's fields and builds instances: reflection on fields and constructors only.
            "orm", exception(List.of("java.sql", "java.lang.reflect"), List.of(),
                    List.of("java.lang.Class.getDeclaredFields", "java.lang.Class.getDeclaredConstructor",
                            "java.lang.Class.getDeclaredConstructors"), List.of()));

    /** Inside the exceptions' own packages, these stay forbidden. */
    static final Set<String> FORBIDDEN_EVEN_THERE = Set.of(
            "java.lang.reflect.Method", "java.lang.reflect.Proxy", "java.lang.reflect.InvocationHandler");

    /** The file-opening constructors of the stream classes that the processes kata may use on a pipe. */
    static final Set<String> FILE_CONSTRUCTORS = Set.of(
            "java.io.FileInputStream.<init>(java.lang.String)", "java.io.FileInputStream.<init>(java.io.File)",
            "java.io.FileOutputStream.<init>(java.lang.String)", "java.io.FileOutputStream.<init>(java.io.File)",
            "java.io.FileOutputStream.<init>(java.lang.String, boolean)", "java.io.FileOutputStream.<init>(java.io.File, boolean)");

    public static Policy of(String slug) {
        Policy exception = EXCEPTIONS.getOrDefault(slug, exception(List.of(), List.of(), List.of(), List.of()));
        Set<String> packages = new HashSet<>(PACKAGES);
        packages.addAll(exception.packages());
        packages.add(slug);
        Set<String> forbiddenTypes = new HashSet<>(FORBIDDEN_TYPES);
        forbiddenTypes.addAll(FORBIDDEN_EVEN_THERE);
        Set<String> forbiddenMembers = new HashSet<>(FORBIDDEN_MEMBERS);
        forbiddenMembers.addAll(FILE_CONSTRUCTORS);
        forbiddenMembers.addAll(exception.forbiddenMembers());
        return new Policy(Set.copyOf(packages), Set.copyOf(forbiddenTypes), exception.allowedTypes(), Set.copyOf(forbiddenMembers),
                exception.allowedMembers());
    }

    private static Policy exception(List<String> packages, List<String> types, List<String> allowedMembers,
                                    List<String> forbiddenMembers) {
        return new Policy(Set.copyOf(packages), Set.of(), Set.copyOf(types), Set.copyOf(forbiddenMembers), Set.copyOf(allowedMembers));
    }
}
