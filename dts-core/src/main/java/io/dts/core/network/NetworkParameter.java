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
    EXECUTION_DELAY("executionDelay");

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
        };
    }

    /** {@code p} with this parameter set to {@code v}; the new set is validated as a whole. */
    NetworkParams set(NetworkParams p, long v) {
        return switch (this) {
            case MIN_STAKE -> new NetworkParams(v, p.requiredSigners(), p.totalSigners(), p.rotationPeriod(),
                    p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case REQUIRED_SIGNERS -> new NetworkParams(p.minStake(), asInt(v), p.totalSigners(), p.rotationPeriod(),
                    p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case TOTAL_SIGNERS -> new NetworkParams(p.minStake(), p.requiredSigners(), asInt(v), p.rotationPeriod(),
                    p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case ROTATION_PERIOD -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(), v,
                    p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case SIGNATURE_THRESHOLD -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), asInt(v), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case PERFORMANCE_THRESHOLD -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), asInt(v), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case GOVERNANCE_THRESHOLD -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), p.performanceThreshold(), asInt(v), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case QUORUM -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), asInt(v),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case MIN_PROPOSAL_DURATION -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    v, p.proposalFee(), p.minReputationToPropose(), p.executionDelay());
            case PROPOSAL_FEE -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), v, p.minReputationToPropose(), p.executionDelay());
            case MIN_REPUTATION_TO_PROPOSE -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), asInt(v), p.executionDelay());
            case EXECUTION_DELAY -> new NetworkParams(p.minStake(), p.requiredSigners(), p.totalSigners(),
                    p.rotationPeriod(), p.signatureThreshold(), p.performanceThreshold(), p.governanceThreshold(), p.quorum(),
                    p.minProposalDuration(), p.proposalFee(), p.minReputationToPropose(), v);
        };
    }

    private int asInt(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, jsonName + " " + v + " is out of range");
        }
        return (int) v;
    }
}
