package asyncio;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Replays a generated schedule (see src/test/python/asyncio_golden.py) on a virtual-clock loop. */
final class TimerSchedules {
    private TimerSchedules() {
    }

    static List<String> run(JsonArray callbacks) {
        List<JsonObject> all = new ArrayList<>();
        for (JsonElement e : callbacks) {
            all.add(e.getAsJsonObject());
        }
        EventLoop loop = new EventLoop(true);
        List<String> fired = new ArrayList<>();
        Runnable[] schedule = new Runnable[all.size()];
        for (JsonObject cb : all) {
            int id = cb.get("id").getAsInt();
            String kind = cb.get("kind").getAsString();
            double value = cb.get("value").getAsDouble();
            Runnable fire = () -> {
                fired.add(id + "@" + loop.time());
                for (JsonObject child : all) {
                    if (child.get("parent").getAsInt() == id) {
                        schedule[child.get("id").getAsInt()].run();
                    }
                }
                if (fired.size() == all.size()) {
                    loop.stop();
                }
            };
            schedule[id] = () -> {
                switch (kind) {
                    case "soon" -> loop.callSoon(fire);
                    case "later" -> loop.callLater(value, fire);
                    default -> loop.callAt(loop.time() + value, fire);
                }
            };
        }
        for (JsonObject cb : all) {
            if (cb.get("parent").getAsInt() == -1) {
                schedule[cb.get("id").getAsInt()].run();
            }
        }
        try {
            loop.runForever();
        } finally {
            loop.close();
        }
        return fired;
    }

    /** Time of each firing in order, and for each time the set of ids that fired then. */
    static List<Object> byMoment(List<String> fired) {
        List<String> times = new ArrayList<>();
        Map<String, Set<String>> ids = new TreeMap<>();
        for (String f : fired) {
            String[] parts = f.split("@");
            times.add(parts[1]);
            ids.computeIfAbsent(parts[1], k -> new TreeSet<>()).add(parts[0]);
        }
        return List.of(times, ids);
    }
}
