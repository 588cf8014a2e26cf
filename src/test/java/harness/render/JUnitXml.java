package harness.render;

import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;

/**
 * One kata's verdict as a JUnit XML report ({@code TEST-<slug>.xml}), the format CI servers and
 * most graders read. Written by the grading process from the verdict, never by the kata's JVM.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String render(Verdict verdict) {
        long failures = verdict.specs().stream().filter(spec -> spec.status() == SpecStatus.FAILED).count();
        long notRun = verdict.specs().stream().filter(spec -> spec.status() == SpecStatus.NOT_RUN).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format("<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\">%n",
                escape(verdict.slug()), verdict.expected(), failures, notRun));
        for (SpecResult spec : verdict.specs()) {
            out.append(String.format("  <testcase classname=\"%s.task-%d\" name=\"%s\"", escape(verdict.slug()), spec.task(), escape(spec.path())));
            if (spec.passed()) {
                out.append("/>\n");
                continue;
            }
            String tag = spec.status() == SpecStatus.NOT_RUN ? "error" : "failure";
            String firstLine = spec.message().lines().findFirst().orElse("");
            out.append(String.format(">%n    <%s message=\"%s\">%s</%s>%n", tag, escape(firstLine), escape(spec.message()), tag));
            if (!spec.output().isEmpty()) {
                out.append("    <system-out>").append(escape(spec.output())).append("</system-out>\n");
            }
            out.append("  </testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean legal = c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
                    if (legal) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(String.format("\\x%02x", c));
                    }
                }
            }
        });
        return out.toString();
    }
}
