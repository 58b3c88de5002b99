package io.dts.core.watchtower;

import io.dts.persistence.watchtower.Watchtower;

/** A watchtower as clients see it (the seed's fields in camelCase). */
public record WatchtowerView(String name, long registeredHeight, long lastReport, long reportsSubmitted,
        int accuracyScore, boolean isActive) {

    static WatchtowerView of(Watchtower w) {
        return new WatchtowerView(w.getName(), w.getRegisteredHeight(), w.getLastReport(), w.getReportsSubmitted(),
                w.getAccuracyScore(), w.isActive());
    }
}
