package selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every fetch's outcome, keyed by URL: "200 <body>" or "<ErrorType>: <message>", and the threads that called back. */
final class FetchOutcomes {
    final Map<String, String> byUrl = new TreeMap<>();
    final Set<Thread> callbackThreads = new HashSet<>();

    void fetch(Fetcher fetcher, String url) throws IOException {
        fetcher.get(url, response -> record(url, response.status() + " " + new String(response.body(), StandardCharsets.UTF_8)),
                error -> record(url, error.getClass().getSimpleName() + ": " + error.getMessage()));
    }

    private void record(String url, String outcome) {
        callbackThreads.add(Thread.currentThread());
        String previous = byUrl.put(url, outcome);
        assertThat(previous).as("a second callback for %s (the first said %s)", url, previous).isNull();
    }
}
