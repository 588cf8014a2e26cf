package asyncio;

import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import py.CancelledError;
import py.PyBaseException;
import py.ValueError;

/**
 * Feeds a StreamReader chunk by chunk on a virtual-clock loop, the way src/test/python/asyncio_golden.py
 * does with CPython's: chunk i arrives at loop time i + 1, the end of the stream right after the last
 * chunk, and between two chunks the reading coroutine runs until it waits again.
 */
final class StreamScripts {
    /** How long after the EOF a reader may still be waiting before the replay gives up on it. */
    static final double PATIENCE = 100;

    private StreamScripts() {
    }

    /** Runs {@code body} as a task while the chunks are fed; fails with a lesson if it is still waiting long after EOF. */
    static <T> T withChunks(StreamReader reader, List<byte[]> chunks, Body<T> body) {
        EventLoop loop = new EventLoop(true);
        try {
            for (int i = 0; i < chunks.size(); i++) {
                byte[] chunk = chunks.get(i);
                loop.callAt(i + 1.0, () -> reader.feedData(chunk));
            }
            loop.callAt(chunks.size() + 1.0, reader::feedEof);
            Task<T> task = loop.createTask(body);
            loop.callAt(chunks.size() + 1.0 + PATIENCE, task::cancel);
            try {
                return loop.runUntilComplete(task);
            } catch (CancelledError stuck) {
                return fail("the reading coroutine was still waiting " + PATIENCE + " s after feedEof(), with chunks "
                        + describe(chunks) + ": feedEof() must wake a read that waits for data, and a read at EOF must return");
            }
        } finally {
            loop.close();
        }
    }

    /** The golden script's chunks as bytes. */
    static List<byte[]> chunks(JsonObject script) {
        List<byte[]> chunks = new ArrayList<>();
        for (JsonElement chunk : script.getAsJsonArray("chunks")) {
            chunks.add(chunk.getAsString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return chunks;
    }

    /** Replays a golden script and records each call the way the Python script does. */
    static JsonArray replay(JsonObject script) {
        StreamReader reader = new StreamReader(script.get("limit").getAsInt());
        JsonArray results = new JsonArray();
        withChunks(reader, chunks(script), () -> {
            for (JsonElement op : script.getAsJsonArray("ops")) {
                JsonObject result = call(reader, op.getAsJsonArray());
                result.addProperty("at", EventLoop.getRunningLoop().time());
                results.add(result);
            }
            return null;
        });
        return results;
    }

    private static JsonObject call(StreamReader reader, JsonArray op) {
        String kind = op.get(0).getAsString();
        try {
            return switch (kind) {
                case "readline" -> bytes(reader.readline());
                case "read" -> bytes(reader.read(op.get(1).getAsInt()));
                case "readexactly" -> bytes(reader.readexactly(op.get(1).getAsInt()));
                case "readuntil" -> bytes(reader.readuntil(op.get(1).getAsString().getBytes(StandardCharsets.ISO_8859_1)));
                case "at_eof" -> value(new JsonPrimitive(reader.atEof()));
                case "wait" -> {
                    EventLoop loop = EventLoop.getRunningLoop();
                    Asyncio.sleep(Math.max(0.0, op.get(1).getAsInt() + 0.5 - loop.time()));
                    yield value(JsonNull.INSTANCE);
                }
                default -> throw new IllegalArgumentException("unknown operation " + op);
            };
        } catch (IncompleteReadError | LimitOverrunError | ValueError e) {
            return error(e);
        }
    }

    private static JsonObject bytes(byte[] data) {
        JsonObject result = new JsonObject();
        result.addProperty("bytes", new String(data, StandardCharsets.ISO_8859_1));
        return result;
    }

    private static JsonObject value(JsonElement value) {
        JsonObject result = new JsonObject();
        result.add("value", value);
        return result;
    }

    private static JsonObject error(PyBaseException e) {
        JsonObject error = new JsonObject();
        error.addProperty("type", e.pythonType());
        error.addProperty("message", e.getMessage());
        if (e instanceof IncompleteReadError incomplete) {
            error.addProperty("partial", new String(incomplete.partial(), StandardCharsets.ISO_8859_1));
            error.add("expected", incomplete.expected() == null ? JsonNull.INSTANCE : new JsonPrimitive(incomplete.expected()));
        }
        if (e instanceof LimitOverrunError overrun) {
            error.addProperty("consumed", overrun.consumed());
        }
        JsonObject result = new JsonObject();
        result.add("error", error);
        return result;
    }

    /** Chunks as Python would print them: ['GET /\\r\\n', ...]. */
    static String describe(List<byte[]> chunks) {
        return py.Repr.of(chunks.stream().map(c -> new String(c, StandardCharsets.ISO_8859_1)).toList());
    }
}
