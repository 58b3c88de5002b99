package io.dts.web.load;

import static io.dts.web.load.Percentiles.sorted;
import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The COMPLETE requests as the server reports them, checked against the partials it accepted: sorted
 * {@code completionMicros} for all, steady-state, warm-up and light-phase requests.
 */
record Completions(long[] allMicros, long[] steadyMicros, long[] warmupMicros, long[] lightMicros, int complete,
        int nullMicros, int shouldBeComplete, List<String> inconsistencies) {

    /** Pages through {@code GET /api/v1/signing-requests?status=COMPLETE} and compares with {@code phase}. */
    static Completions read(RestClient client, LoadSettings settings, long[] requestIds, Workload work, Phase phase) {
        Map<Long, Integer> indexOfId = new HashMap<>();
        long minId = Long.MAX_VALUE;
        for (int r = 0; r < requestIds.length; r++) {
            indexOfId.put(requestIds[r], r);
            minId = Math.min(minId, requestIds[r]);
        }
        Long[] micros = new Long[requestIds.length];
        boolean[] complete = new boolean[requestIds.length];
        long after = minId - 1;
        int pages = 0;
        long start = System.nanoTime();
        while (true) {
            RestClient.Answer page = client.get("api/v1/signing-requests?status=COMPLETE&after=" + after + "&limit=1000",
                    null, null, 200);
            pages++;
            JsonArray items = Json.createReader(new StringReader(page.body())).readArray();
            if (items.isEmpty()) {
                break;
            }
            for (JsonValue v : items) {
                JsonObject o = v.asJsonObject();
                long id = o.getJsonNumber("id").longValue();
                after = Math.max(after, id);
                Integer r = indexOfId.get(id);
                if (r == null) {
                    continue;
                }
                complete[r] = true;
                JsonValue m = o.get("completionMicros");
                micros[r] = m instanceof JsonNumber n ? n.longValue() : null;
            }
            if (items.size() < 1000) {
                break;
            }
        }
        log("read back the COMPLETE requests: %d pages in %.1f s", pages, seconds(System.nanoTime() - start));
        // per request: accepted partials, and whether its first partial was sent in the measured window
        int p = settings.partialsPerRequest;
        int threshold = settings.threshold;
        List<Long> all = new ArrayList<>();
        List<Long> steady = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> lightList = new ArrayList<>();
        List<String> inconsistencies = new ArrayList<>();
        int completeCount = 0;
        int nullMicros = 0;
        int shouldBe = 0;
        for (int r = 0; r < requestIds.length; r++) {
            int accepted = 0;
            for (int j = 0; j < p; j++) {
                int k = r * p + j;
                if (phase.statuses()[k] == 201) {
                    accepted++;
                }
            }
            if (accepted >= threshold) {
                shouldBe++;
                if (!complete[r] && inconsistencies.size() < 5) {
                    inconsistencies.add("request " + requestIds[r] + " has " + accepted + " accepted partials (threshold "
                            + threshold + ") but is not COMPLETE");
                }
            }
            if (complete[r] && accepted < threshold && inconsistencies.size() < 5) {
                inconsistencies.add("request " + requestIds[r] + " is COMPLETE with only " + accepted + " partials accepted");
            }
            if (!complete[r]) {
                continue;
            }
            completeCount++;
            if (micros[r] == null) {
                nullMicros++;
                continue;
            }
            all.add(micros[r]);
            if (r >= work.mainRequests()) {
                lightList.add(micros[r]);
                continue;
            }
            long firstStart = Long.MAX_VALUE;
            for (int j = 0; j < p; j++) {
                long st = phase.starts()[r * p + j];
                if (st != 0) {
                    firstStart = Math.min(firstStart, st);
                }
            }
            (firstStart >= phase.warmEnd() ? steady : warm).add(micros[r]);
        }
        if (nullMicros > 0) {
            inconsistencies.add(nullMicros + " COMPLETE requests have no completionMicros");
        }
        return new Completions(sorted(all), sorted(steady), sorted(warm), sorted(lightList), completeCount, nullMicros, shouldBe,
                inconsistencies);
    }
}
