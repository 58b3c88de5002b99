package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Every network parameter a parameter-change proposal may set, by its JSON name. */
public enum NetworkParameter {
    MIN_STAKE("minStake"),
    REQUIRED_SIGNERS("requiredSigners"),
    TOTAL_SIGNERS("totalSigners"),
    ROTATION_PERIOD("rotationPeriod"),
    SIGNATURE_THRESHOLD("signatureThreshold"),
    PERFORMANCE_THRESHOLD("performanceThreshold"),
    GOVERNANCE_THRESHOLD("governanceThreshold"),
    QUORUM("quorum"),
    MIN_PROPOSAL_DURATION("minProposalDuration"),
    PROPOSAL_FEE("proposalFee"),
    MIN_REPUTATION_TO_PROPOSE("minReputationToPropose"),
    EXECUTION_DELAY("executionDelay"),
    PROTOCOL_FEE("protocolFee"),
    DKG_PHASE_BLOCKS("dkgPhaseBlocks");

    private final String jsonName;

    NetworkParameter(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** @throws DtsException 101 for a name that is no parameter */
    public static NetworkParameter named(String name) {
        return Arrays.stream(values()).filter(p -> p.jsonName.equals(name)).findFirst()
                .orElseThrow(() -> new DtsException(ErrorCode.INVALID_PARAMS, "'" + name + "' is not a network parameter; they are "
                        + Arrays.stream(values()).map(NetworkParameter::jsonName).collect(Collectors.joining(", "))));
    }

    public long valueIn(NetworkParams p) {
        return switch (this) {
            case MIN_STAKE -> p.minStake();
            case REQUIRED_SIGNERS -> p.requiredSigners();
            case TOTAL_SIGNERS -> p.totalSigners();
            case ROTATION_PERIOD -> p.rotationPeriod();
            case SIGNATURE_THRESHOLD -> p.signatureThreshold();
            case PERFORMANCE_THRESHOLD -> p.performanceThreshold();
            case GOVERNANCE_THRESHOLD -> p.governanceThreshold();
            case QUORUM -> p.quorum();
            case MIN_PROPOSAL_DURATION -> p.minProposalDuration();
            case PROPOSAL_FEE -> p.proposalFee();
            case MIN_REPUTATION_TO_PROPOSE -> p.minReputationToPropose();
            case EXECUTION_DELAY -> p.executionDelay();
            case PROTOCOL_FEE -> p.protocolFee();
            case DKG_PHASE_BLOCKS -> p.dkgPhaseBlocks();
        };
    }

    /** {@code p} with this parameter set to {@code v}; the new set is validated as a whole. */
    NetworkParams set(NetworkParams p, long v) {
        long[] values = Arrays.stream(values()).mapToLong(parameter -> parameter.valueIn(p)).toArray();
        values[ordinal()] = v;
        return fromValues(values, p.signingMode());
    }

    /** The parameters from one value per constant, in declaration order: the one place that lists them all. */
    private static NetworkParams fromValues(long[] v, SigningMode signingMode) {
        return new NetworkParams(v[MIN_STAKE.ordinal()], REQUIRED_SIGNERS.asInt(v), TOTAL_SIGNERS.asInt(v),
                v[ROTATION_PERIOD.ordinal()], SIGNATURE_THRESHOLD.asInt(v), PERFORMANCE_THRESHOLD.asInt(v),
                GOVERNANCE_THRESHOLD.asInt(v), QUORUM.asInt(v), v[MIN_PROPOSAL_DURATION.ordinal()],
                v[PROPOSAL_FEE.ordinal()], MIN_REPUTATION_TO_PROPOSE.asInt(v), v[EXECUTION_DELAY.ordinal()],
                PROTOCOL_FEE.asInt(v), signingMode, v[DKG_PHASE_BLOCKS.ordinal()]);
    }

    private int asInt(long[] values) {
        long v = values[ordinal()];
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, jsonName + " " + v + " is out of range");
        }
        return (int) v;
    }
}
