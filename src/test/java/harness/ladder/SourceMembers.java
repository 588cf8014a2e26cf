package harness.ladder;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The methods and constructors of one source file, as javac's own parser sees them: for each, where
 * its body lies in the text and which tasks the {@code TODO(task K)} messages in that body name.
 * Parsing only, no attribution, so a file parses whatever the rest of its kata looks like.
 *
 * @param text    the file's text
 * @param members by {@link Member#key()}, in source order
 */
public record SourceMembers(String text, Map<String, Member> members) {
    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    private static final Pattern TODO = Pattern.compile("TODO\\(task (\\d+)\\)");

    /**
     * One method or constructor with a body.
     *
     * @param key       {@code PyInt.of(long)} for a method, {@code new PyInt(long, PyType)} for a
     *                  constructor; nested classes as {@code Outer.Inner}
     * @param bodyStart where the body's opening brace is
     * @param bodyEnd   just after the body's closing brace
     * @param tasks     the K of every {@code TODO(task K)} in the body, ascending; empty when it has none
     * @param prologue  a constructor's explicit {@code super(...)} or {@code this(...)} call, with the text between
     *                  it and the opening brace; empty when there is none
     * <p>The default constructor of a class that declares none is listed too, with an empty body at -1.
     */
    public record Member(String key, int bodyStart, int bodyEnd, String body, Set<Integer> tasks, String prologue) {
        public boolean constructor() {
            return key.startsWith("new ");
        }

        /** The constructor javac adds to a class that declares none: it has no text to swap. */
        public boolean implicit() {
            return bodyStart < 0;
        }
    }

    public static SourceMembers parse(Path file) {
        try {
            return parse(file.toUri(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceMembers parse(URI name, String text) {
        JavaFileObject source = new SimpleJavaFileObject(name, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavacTask task = (JavacTask) COMPILER.getTask(null, null, null, List.of("--release", "17", "-proc:none"), null, List.of(source));
        try {
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            Map<String, Member> members = new LinkedHashMap<>();
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree declaration) {
                        collect(declaration, declaration.getSimpleName().toString(), unit, positions, text, members);
                    }
                }
            }
            return new SourceMembers(text, members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Members of {@code type} and of its member classes; not of local or anonymous classes, which live inside a body. */
    private static void collect(ClassTree type, String typeName, CompilationUnitTree unit, SourcePositions positions, String text,
                                Map<String, Member> members) {
        boolean constructors = false;
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree method && method.getName().contentEquals("<init>")) {
                constructors = true;
            }
            if (member instanceof ClassTree nested) {
                collect(nested, typeName + "." + nested.getSimpleName(), unit, positions, text, members);
            } else if (member instanceof MethodTree method && method.getBody() != null) {
                BlockTree body = method.getBody();
                int start = (int) positions.getStartPosition(unit, body);
                int end = (int) positions.getEndPosition(unit, body);
                String key = key(typeName, method);
                String bodyText = text.substring(start, end);
                members.put(key, new Member(key, start, end, bodyText, tasks(bodyText), prologue(body, unit, positions, text, start)));
            }
        }
        if (!constructors && type.getKind() == Tree.Kind.CLASS) {
            // javac adds a no-argument constructor: listed, so that a solution's own one is seen to differ from it.
            String key = "new " + typeName + "()";
            members.put(key, new Member(key, -1, -1, "", Set.of(), ""));
        }
    }

    /** The text from just after the brace to the end of a leading {@code super(...);} or {@code this(...);}, or empty. */
    private static String prologue(BlockTree body, CompilationUnitTree unit, SourcePositions positions, String text, int start) {
        if (!body.getStatements().isEmpty() && body.getStatements().get(0) instanceof ExpressionStatementTree first
                && first.getExpression() instanceof MethodInvocationTree call && call.getMethodSelect() instanceof IdentifierTree name
                && (name.getName().contentEquals("super") || name.getName().contentEquals("this"))) {
            return text.substring(start + 1, (int) positions.getEndPosition(unit, first));
        }
        return "";
    }

    private static String key(String typeName, MethodTree method) {
        String parameters = method.getParameters().stream().map(VariableTree::getType).map(Tree::toString)
                .collect(Collectors.joining(", ", "(", ")"));
        if (method.getName().contentEquals("<init>")) {
            return "new " + typeName + parameters;
        }
        return typeName + "." + method.getName() + parameters;
    }

    static Set<Integer> tasks(String body) {
        Set<Integer> tasks = new TreeSet<>();
        Matcher todo = TODO.matcher(body);
        while (todo.find()) {
            tasks.add(Integer.parseInt(todo.group(1)));
        }
        return tasks;
    }
}
