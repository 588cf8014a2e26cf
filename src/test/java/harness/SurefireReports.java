package harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the {@code TEST-*.xml} files Surefire writes: one per top-level test class. */
final class SurefireReports {
    private SurefireReports() {
    }

    /**
     * One executed test. {@code testClass} is the fully qualified top-level class (from the file
     * name, since the XML carries display names); {@code kata} is its first package segment.
     */
    record TestCase(String testClass, String suite, String name, Outcome outcome, String message, String details) {
        TestCase(String testClass, String suite, String name, Outcome outcome, String message) {
            this(testClass, suite, name, outcome, message, message);
        }

        String kata() {
            int dot = testClass.indexOf('.');
            return dot < 0 ? "" : testClass.substring(0, dot);
        }

        String key() {
            return testClass + " > " + suite + " > " + name;
        }

        boolean passed() {
            return outcome == Outcome.PASSED;
        }
    }

    enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    static List<TestCase> read(Path directory) {
        List<TestCase> cases = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return cases;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(SurefireReports::isReport).sorted().toList()) {
                cases.addAll(readFile(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cases;
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static List<TestCase> readFile(Path file) {
        String name = file.getFileName().toString();
        String testClass = name.substring("TEST-".length(), name.length() - ".xml".length());
        List<TestCase> cases = new ArrayList<>();
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testcase");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element testcase = (Element) nodes.item(i);
                cases.add(new TestCase(testClass, testcase.getAttribute("classname"), testcase.getAttribute("name"),
                        outcome(testcase), message(testcase), details(testcase)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read Surefire report " + file + ": " + e.getMessage(), e);
        }
        return cases;
    }

    private static Outcome outcome(Element testcase) {
        if (testcase.getElementsByTagName("failure").getLength() > 0) {
            return Outcome.FAILED;
        }
        if (testcase.getElementsByTagName("error").getLength() > 0) {
            return Outcome.ERROR;
        }
        if (testcase.getElementsByTagName("skipped").getLength() > 0) {
            return Outcome.SKIPPED;
        }
        return Outcome.PASSED;
    }

    /** The whole failure text, stack trace included: a stub's TODO often hides in a "Caused by". */
    private static String details(Element testcase) {
        for (String tag : List.of("failure", "error")) {
            NodeList problems = testcase.getElementsByTagName(tag);
            if (problems.getLength() > 0) {
                Element problem = (Element) problems.item(0);
                return problem.getAttribute("message") + "\n" + problem.getTextContent();
            }
        }
        return "";
    }

    private static String message(Element testcase) {
        for (String tag : List.of("failure", "error", "skipped")) {
            NodeList problems = testcase.getElementsByTagName(tag);
            if (problems.getLength() > 0) {
                Element problem = (Element) problems.item(0);
                String message = problem.getAttribute("message");
                if (message.isBlank()) {
                    message = problem.getTextContent();
                }
                return message.strip();
            }
        }
        return "";
    }
}
