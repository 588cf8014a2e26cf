package harness.engine;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The line protocol between a kata's JVM and the process that started it. Each event is one line,
 * {@code KATA <hmac> <json>}, signed with a key the parent hands over on stdin before any kata class
 * is loaded. Code under test may print what it likes to the same stream (a child process of its own
 * may even inherit it), but without the key it cannot forge a line the parent accepts.
 */
public final class Channel {
    static final String PREFIX = "KATA ";
    private static final Gson GSON = new Gson();

    private final byte[] key;
    private final PrintStream out;

    public Channel(byte[] key, PrintStream out) {
        this.key = key.clone();
        this.out = out;
    }

    /** Signs and writes one event; flushed at once so that the parent has it even if the JVM dies next. */
    public synchronized void send(JsonObject event) {
        String json = GSON.toJson(event);
        out.print(PREFIX + sign(key, json) + " " + json + "\n");
        out.flush();
    }

    /** The event on this line, if the line is one of ours and its signature holds. */
    public static Optional<JsonObject> accept(byte[] key, String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int space = line.indexOf(' ', PREFIX.length());
        if (space < 0) {
            return Optional.empty();
        }
        String signature = line.substring(PREFIX.length(), space);
        String json = line.substring(space + 1);
        boolean genuine = MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(key, json).getBytes(StandardCharsets.US_ASCII));
        if (!genuine) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseString(json).getAsJsonObject());
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static String sign(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
