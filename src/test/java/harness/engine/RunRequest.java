package harness.engine;

import com.google.gson.Gson;
import java.util.Base64;
import java.util.List;

/**
 * What the parent asks a kata's JVM to run, sent as the first line of its stdin.
 *
 * @param key      the channel's signing key, Base64
 * @param slug     the kata, which is also the package of its specs
 * @param specRoot the directory of the compiled specs: the only place specs are discovered
 * @param task     only the specs of this task, or 0 for all of them
 * @param ids      only these specs (JUnit unique ids), or none for all of them
 */
public record RunRequest(String key, String slug, String specRoot, int task, List<String> ids) {
    private static final Gson GSON = new Gson();

    public byte[] keyBytes() {
        return Base64.getDecoder().decode(key);
    }

    public List<String> ids() {
        return ids == null ? List.of() : ids;
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public static RunRequest fromJson(String json) {
        return GSON.fromJson(json, RunRequest.class);
    }
}
