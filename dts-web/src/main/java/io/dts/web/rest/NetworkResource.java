package io.dts.web.rest;

import io.dts.core.dkg.DkgService;
import io.dts.core.network.NetworkParams;
import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import io.dts.core.network.SigningMode;
import io.dts.core.rotation.RotationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/network}: the network's state (public) and the owner's controls. */
@Path("v1/network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkResource {

    /**
     * Body of {@code POST /network/initialize}; {@code performanceThreshold} (default 50) and the
     * governance parameters (defaults in {@link NetworkParams}) are optional.
     */
    public record Initialize(Long minStake, Integer requiredSigners, Integer totalSigners, Long rotationPeriod,
            Integer signatureThreshold, Integer performanceThreshold, Integer governanceThreshold, Integer quorum,
            Long minProposalDuration, Long proposalFee, Integer minReputationToPropose, Long executionDelay,
            Integer protocolFee, String signingMode, Long dkgPhaseBlocks) {
    }

    /**
     * Body of {@code PUT /network/signing-mode}: the mode, optionally the DKG window in blocks, and
     * whether switching to THRESHOLD starts a new group key instead of resharing the last one.
     */
    public record SigningModeChange(String signingMode, Long dkgPhaseBlocks, Boolean newGroupKey) {
    }

    /** Body of {@code PUT /network/owner}. */
    public record NewOwner(String newOwner) {
    }

    /** Answer of {@code POST /network/rotation}. */
    public record Rotation(long epoch) {
    }

    @Inject
    NetworkService network;

    @Inject
    RotationService rotation;

    @Inject
    DkgService dkg;

    @Inject
    Callers callers;

    @GET
    public NetworkStatus status() {
        return network.status();
    }

    @POST
    @Path("initialize")
    public NetworkStatus initialize(Initialize body) {
        String caller = callers.require();
        RequestBodies.require(body, "{minStake, requiredSigners, totalSigners, rotationPeriod, signatureThreshold}");
        NetworkParams params = new NetworkParams(orZero(body.minStake()), orZero(body.requiredSigners()),
                orZero(body.totalSigners()), orZero(body.rotationPeriod()), orZero(body.signatureThreshold()),
                or(body.performanceThreshold(), NetworkParams.DEFAULT_PERFORMANCE_THRESHOLD),
                or(body.governanceThreshold(), NetworkParams.DEFAULT_GOVERNANCE_THRESHOLD),
                or(body.quorum(), NetworkParams.DEFAULT_QUORUM),
                or(body.minProposalDuration(), NetworkParams.DEFAULT_MIN_PROPOSAL_DURATION),
                or(body.proposalFee(), NetworkParams.DEFAULT_PROPOSAL_FEE),
                or(body.minReputationToPropose(), NetworkParams.DEFAULT_MIN_REPUTATION_TO_PROPOSE),
                or(body.executionDelay(), NetworkParams.DEFAULT_EXECUTION_DELAY),
                or(body.protocolFee(), NetworkParams.DEFAULT_PROTOCOL_FEE))
                .withSigning(SigningMode.named(body.signingMode(), SigningMode.AGGREGATE), or(body.dkgPhaseBlocks(), NetworkParams.DEFAULT_DKG_PHASE_BLOCKS));
        return network.initialize(caller, params);
    }

    @PUT
    @Path("signing-mode")
    public NetworkStatus setSigningMode(SigningModeChange body) {
        String caller = callers.require();
        RequestBodies.require(body, "{signingMode, dkgPhaseBlocks?, newGroupKey?}");
        return dkg.setSigningMode(caller, body.signingMode(), body.dkgPhaseBlocks(), Boolean.TRUE.equals(body.newGroupKey()));
    }

    @POST
    @Path("pause")
    public NetworkStatus pause() {
        return network.setPaused(callers.require(), true);
    }

    @POST
    @Path("unpause")
    public NetworkStatus unpause() {
        return network.setPaused(callers.require(), false);
    }

    @PUT
    @Path("owner")
    public NetworkStatus transferOwnership(NewOwner body) {
        String caller = callers.require();
        RequestBodies.require(body, "{newOwner}");
        return network.transferOwnership(caller, body.newOwner());
    }

    @POST
    @Path("rotation")
    public Rotation rotateNow() {
        return new Rotation(rotation.rotateNow(callers.require()));
    }

    /** A missing number fails the "greater than 0" check with 101, like an explicit 0. */
    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
