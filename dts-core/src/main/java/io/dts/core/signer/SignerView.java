package io.dts.core.signer;

import io.dts.persistence.signer.Signer;

/** A signer as clients see it, with the seed's field names in camelCase (DESIGN.md §6). */
public record SignerView(String name, String publicKey, long stake, int reputationScore, long lastActive,
        long registeredHeight, PerformanceMetrics performanceMetrics, SlashingHistory slashingHistory, boolean active,
        String status) {

    /** The seed's {@code performance-metrics}. */
    public record PerformanceMetrics(int signingSpeed, int uptime, long stakeDuration, int accuracy,
            long totalSignatures, long validSignatures) {
    }

    /** The seed's {@code slashing-history}. */
    public record SlashingHistory(int totalSlashes, long lastSlashHeight, long slashedAmount) {
    }

    public static SignerView of(Signer s, long height) {
        return new SignerView(s.getName(), s.getPublicKey(), s.getStake(), s.getReputation(), s.getLastActive(),
                s.getRegisteredHeight(),
                new PerformanceMetrics(s.getSigningSpeed(), s.getUptime(), Math.max(0, height - s.getRegisteredHeight()),
                        s.getAccuracy(), s.getTotalSignatures(), s.getValidSignatures()),
                new SlashingHistory(s.getTotalSlashes(), s.getLastSlashHeight(), s.getSlashedAmount()),
                SignerStatus.PRIMARY.name().equals(s.getStatus()), s.getStatus());
    }
}
