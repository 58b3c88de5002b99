package io.dts.core.network;

/**
 * The network at a glance (DESIGN.md §6, {@code GET /network}). {@code params},
 * {@code lastRotationHeight} and {@code nextRotationHeight} are null until the owner initializes.
 */
public record NetworkStatus(boolean initialized, String owner, boolean paused, long blockHeight, long epoch,
        NetworkParams params, int activeSignerCount, Long lastRotationHeight, Long nextRotationHeight,
        long rewardPool) {
}
