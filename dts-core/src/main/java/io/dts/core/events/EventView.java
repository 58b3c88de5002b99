package io.dts.core.events;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;

/** An event as clients see it. */
public record EventView(long id, long height, String type, String actor, JsonObject data, OffsetDateTime at) {
}
