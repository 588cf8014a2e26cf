package crawler;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What several crawler specs share: the "no limit" option value and ways to read a crawl's records back. */
final class Crawls {
    /** maxDepth or maxPages that never stops a crawl. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private Crawls() {
    }

    /** The records keyed by URL, so a spec can ask about one page. */
    static Map<String, PageRecord> byUrl(List<PageRecord> records) {
        Map<String, PageRecord> byUrl = new HashMap<>();
        records.forEach(record -> byUrl.put(record.url(), record));
        return byUrl;
    }

    /** A record from its JSON object as json.dumps wrote it: null status reads as 0, null error as null. */
    static PageRecord fromJson(JsonObject json) {
        List<String> links = new ArrayList<>();
        json.getAsJsonArray("links").forEach(link -> links.add(link.getAsString()));
        JsonElement status = json.get("status");
        JsonElement error = json.get("error");
        return new PageRecord(json.get("url").getAsString(), json.get("depth").getAsInt(), status.isJsonNull() ? 0 : status.getAsInt(),
                links, error.isJsonNull() ? null : error.getAsString());
    }

    /** Every record of a JSON Lines file, in the order of its lines. */
    static List<PageRecord> readJsonLines(Path file) throws IOException {
        List<PageRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add(fromJson(JsonParser.parseString(line).getAsJsonObject()));
        }
        return records;
    }
}
