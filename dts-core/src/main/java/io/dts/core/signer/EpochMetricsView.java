package io.dts.core.signer;

import io.dts.persistence.signer.SignerEpochMetrics;

/** One epoch of a signer's history. */
public record EpochMetricsView(long epoch, int uptime, int signingSpeed, int accuracy, long totalSignatures,
        long validSignatures, int reports, int reputationScore, long lastHeight) {

    static EpochMetricsView of(SignerEpochMetrics m) {
        return new EpochMetricsView(m.getEpoch(), m.getUptime(), m.getSigningSpeed(), m.getAccuracy(),
                m.getTotalSignatures(), m.getValidSignatures(), m.getReports(), m.getReputation(), m.getLastHeight());
    }
}
