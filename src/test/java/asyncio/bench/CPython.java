package asyncio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with the machine's {@code python3}, for the benchmarks that compare this
 * loop with CPython's in the same run. Not a benchmark itself (the name does not end in Bench).
 */
final class CPython {
    private CPython() {
    }

    /** What the script printed on stdout, or null (with the reason on stdout) if python3 could not be run. */
    static String run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                System.out.println("(python3 failed, so the CPython column is empty:)\n```\n" + output.strip() + "\n```\n");
                return null;
            }
            return output;
        } catch (IOException e) {
            System.out.println("(python3 was not found on the PATH, so the CPython column is empty: " + e.getMessage() + ")\n");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The value printed on a line {@code name=value} by the script, or NaN. */
    static double value(String output, String name) {
        if (output != null) {
            for (String line : output.split("\n")) {
                if (line.startsWith(name + "=")) {
                    return Double.parseDouble(line.substring(name.length() + 1).trim());
                }
            }
        }
        return Double.NaN;
    }

    /** "3.11.7", or "?" if python3 could not be asked. */
    static String version() {
        String out = run("import platform; print('version=' + platform.python_version())");
        if (out == null) {
            return "?";
        }
        return out.strip().replace("version=", "");
    }
}
