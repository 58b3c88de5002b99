package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;

/**
 * The parameters of the seed's {@code initialize}, the reputation a signer needs to be eligible for
 * the committee ({@code performanceThreshold}, 0–100), and the governance parameters (DESIGN.md
 * §4.1 defaults): {@code governanceThreshold} percent of the votes cast must be in favour (1–100),
 * {@code quorum} percent of the total voting power must vote (0–100), voting lasts at least
 * {@code minProposalDuration} blocks (≥ 1), a proposal costs {@code proposalFee} (≥ 0) and needs
 * {@code minReputationToPropose} (0–100), and a passed proposal waits {@code executionDelay} blocks (≥ 0).
 * {@code protocolFee} (percent, 0–100, default 1) is taken on registration and on each accepted partial
 * signature, into the reward pool. {@code signingMode} is AGGREGATE (default) or THRESHOLD, and
 * {@code dkgPhaseBlocks} (≥ 1, default 10) the length of each window of a DKG session (THRESHOLD.md).
 * Every way of setting them (initialize, a parameter-change proposal) goes through this constructor.
 */
public record NetworkParams(long minStake, int requiredSigners, int totalSigners, long rotationPeriod,
        int signatureThreshold, int performanceThreshold, int governanceThreshold, int quorum,
        long minProposalDuration, long proposalFee, int minReputationToPropose, long executionDelay,
        int protocolFee, SigningMode signingMode, long dkgPhaseBlocks) {

    public static final int DEFAULT_PERFORMANCE_THRESHOLD = 50;
    public static final int DEFAULT_GOVERNANCE_THRESHOLD = 67;
    /** DTS's own: the seed has no quorum. A fifth of all voting power must take part. */
    public static final int DEFAULT_QUORUM = 20;
    public static final long DEFAULT_MIN_PROPOSAL_DURATION = 144;
    public static final long DEFAULT_PROPOSAL_FEE = 10_000;
    public static final int DEFAULT_MIN_REPUTATION_TO_PROPOSE = 80;
    public static final long DEFAULT_EXECUTION_DELAY = 144;
    public static final int DEFAULT_PROTOCOL_FEE = 1;
    public static final long DEFAULT_DKG_PHASE_BLOCKS = 10;

    /** The seed's example call: {@code (initialize u100000 u3 u5 u144 u3)}. */
    public static final NetworkParams SEED_DEFAULTS = new NetworkParams(100_000, 3, 5, 144, 3, 50);

    /**
     * @throws DtsException 101 unless all of the seed's are positive, total ≥ required,
     *     1 ≤ threshold ≤ total, and the others are in the ranges above
     */
    public NetworkParams {
        if (minStake <= 0 || requiredSigners <= 0 || totalSigners <= 0 || rotationPeriod <= 0 || signatureThreshold <= 0) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "minStake, requiredSigners, totalSigners, rotationPeriod and signatureThreshold must all be greater than 0");
        }
        if (totalSigners < requiredSigners) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "totalSigners must be at least requiredSigners");
        }
        if (signatureThreshold > totalSigners) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signatureThreshold must be between 1 and totalSigners");
        }
        requireBetween("performanceThreshold", performanceThreshold, 0, 100);
        requireBetween("governanceThreshold", governanceThreshold, 1, 100);
        requireBetween("quorum", quorum, 0, 100);
        requireBetween("minProposalDuration", minProposalDuration, 1, Long.MAX_VALUE);
        requireBetween("proposalFee", proposalFee, 0, Long.MAX_VALUE);
        requireBetween("minReputationToPropose", minReputationToPropose, 0, 100);
        requireBetween("executionDelay", executionDelay, 0, Long.MAX_VALUE);
        requireBetween("protocolFee", protocolFee, 0, 100);
        requireBetween("dkgPhaseBlocks", dkgPhaseBlocks, 1, Long.MAX_VALUE);
        if (signingMode == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signingMode must be AGGREGATE or THRESHOLD");
        }
        // Both DKG windows and the finalizing block must fit in an epoch, or every rotation would open a
        // session before the last one completed, and members would be slashed for sessions they could not serve.
        if (signingMode == SigningMode.THRESHOLD && 2 * dkgPhaseBlocks + 1 > rotationPeriod) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "in threshold mode 2 × dkgPhaseBlocks + 1 (" + (2 * dkgPhaseBlocks + 1)
                    + ") must not exceed rotationPeriod (" + rotationPeriod + "): a key generation must fit in an epoch");
        }
    }

    /** Everything but the signing mode and the DKG window, which take their defaults. */
    public NetworkParams(long minStake, int requiredSigners, int totalSigners, long rotationPeriod,
            int signatureThreshold, int performanceThreshold, int governanceThreshold, int quorum,
            long minProposalDuration, long proposalFee, int minReputationToPropose, long executionDelay,
            int protocolFee) {
        this(minStake, requiredSigners, totalSigners, rotationPeriod, signatureThreshold, performanceThreshold,
                governanceThreshold, quorum, minProposalDuration, proposalFee, minReputationToPropose, executionDelay,
                protocolFee, SigningMode.AGGREGATE, DEFAULT_DKG_PHASE_BLOCKS);
    }

    /** These parameters in signing mode {@code mode} with DKG windows of {@code phaseBlocks}. */
    public NetworkParams withSigning(SigningMode mode, long phaseBlocks) {
        return new NetworkParams(minStake, requiredSigners, totalSigners, rotationPeriod, signatureThreshold,
                performanceThreshold, governanceThreshold, quorum, minProposalDuration, proposalFee,
                minReputationToPropose, executionDelay, protocolFee, mode, phaseBlocks);
    }

    /** The seed's parameters and the performance threshold, with the governance defaults. */
    public NetworkParams(long minStake, int requiredSigners, int totalSigners, long rotationPeriod,
            int signatureThreshold, int performanceThreshold) {
        this(minStake, requiredSigners, totalSigners, rotationPeriod, signatureThreshold, performanceThreshold,
                DEFAULT_GOVERNANCE_THRESHOLD, DEFAULT_QUORUM, DEFAULT_MIN_PROPOSAL_DURATION, DEFAULT_PROPOSAL_FEE,
                DEFAULT_MIN_REPUTATION_TO_PROPOSE, DEFAULT_EXECUTION_DELAY, DEFAULT_PROTOCOL_FEE);
    }

    /**
     * These parameters with {@code parameter} set to {@code value}, validated as a whole exactly as
     * initialize validates.
     *
     * @throws DtsException 101 for an unknown parameter or a value that makes the set invalid
     */
    public NetworkParams with(String parameter, long value) {
        return NetworkParameter.named(parameter).set(this, value);
    }

    private static void requireBetween(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, name + " must be between " + min
                    + (max == Long.MAX_VALUE ? " and any larger number" : " and " + max));
        }
    }
}
