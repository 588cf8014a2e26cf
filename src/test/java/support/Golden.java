package support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the CPython golden fixtures committed under {@code src/test/resources/golden/<slug>/}.
 *
 * <p>Every fixture file is an object {@code {"python": "3.11.7", "generator": "...", "cases": [...]}}
 * written by a script in {@code src/test/python/}. Specs never need Python: they only read the JSON.
 */
public final class Golden {
    private Golden() {
    }

    /** The whole fixture document. */
    public static JsonObject document(String slug, String file) {
        String resource = "/golden/" + slug + "/" + file;
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden fixture " + resource
                        + ": regenerate it with the script in src/test/python/");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JsonParser.parseReader(reader).getAsJsonObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code cases} array of a fixture, one JSON object per case. */
    public static List<JsonObject> cases(String slug, String file) {
        List<JsonObject> cases = new ArrayList<>();
        for (JsonElement element : document(slug, file).getAsJsonArray("cases")) {
            cases.add(element.getAsJsonObject());
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("golden fixture " + slug + "/" + file + " has no cases");
        }
        return cases;
    }
}
