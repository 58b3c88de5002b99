package io.dts.web.rest;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.signing.PartialReceipt;
import io.dts.core.signing.SigningRequestView;
import io.dts.core.signing.SigningService;
import io.dts.core.signing.VerificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * Signing: {@code /signing-requests}, {@code /partial-signatures}, {@code /signatures/combine} and
 * {@code /verify}, all under {@code /api/v1}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SigningResource {

    /** Body of {@code POST /signing-requests}: a 32-byte hash, or a message the network hashes. */
    public record OpenRequest(String messageHash, String message) {
    }

    /** Body of {@code POST /partial-signatures}. */
    public record Partial(String messageHash, String signature) {
    }

    /** Body of {@code POST /partial-signatures/batch}: up to 256 partials of the caller. */
    public record PartialBatch(List<Partial> partials) {
    }

    /**
     * One partial's answer in a batch: the status it would have had alone (201 recorded, 200 sent
     * before, else the error's) with the receipt, or the error.
     */
    @JsonbPropertyOrder({"status", "receipt", "code", "error", "message"})
    public record BatchResult(int status, PartialReceipt receipt, Integer code, String error, String message) {

        static BatchResult of(SigningService.Outcome outcome) {
            if (outcome.refused() != null) {
                ErrorCode code = outcome.refused().code();
                return new BatchResult(ErrorResponses.statusOf(code), null, code.code(), code.errorName(),
                        outcome.refused().getMessage());
            }
            return new BatchResult(outcome.submitted().created() ? 201 : 200, outcome.submitted().receipt(), null, null, null);
        }
    }

    /** Answer of {@code POST /partial-signatures/batch}: one result per partial, in the order sent. */
    public record BatchAnswer(List<BatchResult> results) {
    }

    /** Body of {@code POST /signatures/combine}. */
    public record Combine(String messageHash, List<String> signers) {
    }

    /**
     * Body of {@code POST /verify}: one of publicKey (or groupPublicKey, the same check), publicKeys,
     * or epoch (with participants in aggregate mode; alone for the epoch's group key).
     */
    public record Verify(String messageHash, String signature, String publicKey, String groupPublicKey,
            List<String> publicKeys, Long epoch, List<String> participants) {

        String singleKey() {
            return publicKey != null ? publicKey : groupPublicKey;
        }
    }

    /** Answer of {@code POST /verify}. */
    public record Verdict(boolean valid) {
    }

    @Inject
    SigningService signing;

    @Inject
    VerificationService verification;

    @Inject
    Callers callers;

    @POST
    @Path("signing-requests")
    public Response open(OpenRequest body) {
        String caller = callers.require();
        RequestBodies.require(body, "{messageHash} or {message}");
        SigningService.Opened opened = signing.open(caller, body.messageHash(), body.message());
        if (!opened.created()) {
            return Response.ok(opened.request()).build();
        }
        return Response.created(UriBuilder.fromResource(SigningResource.class).path("signing-requests/{id}")
                .build(opened.request().id())).entity(opened.request()).build();
    }

    @GET
    @Path("signing-requests/{id}")
    public SigningRequestView request(@PathParam("id") String id) {
        return signing.request(QueryValues.number(id, -1, "id"));
    }

    @GET
    @Path("signing-requests")
    public List<SigningRequestView> list(@QueryParam("status") String status, @QueryParam("epoch") String epoch,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Long epochNumber = epoch == null || epoch.isBlank() ? null : QueryValues.number(epoch, 0, "epoch");
        return signing.list(status == null || status.isBlank() ? null : status.trim().toUpperCase(), epochNumber,
                QueryValues.number(after, 0, "after"), (int) QueryValues.number(limit, 100, "limit"));
    }

    @POST
    @Path("partial-signatures")
    public Response submitPartial(Partial body) {
        String caller = callers.require();
        RequestBodies.require(body, "{messageHash, signature}");
        SigningService.Submitted submitted = signing.submitPartial(caller, body.messageHash(), body.signature());
        return Response.status(submitted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(submitted.receipt()).build();
    }

    @POST
    @Path("partial-signatures/batch")
    public BatchAnswer submitPartials(PartialBatch body) {
        String caller = callers.require();
        RequestBodies.require(body, "{partials: [{messageHash, signature}, ...]}");
        List<SigningService.PartialInput> partials = body.partials() == null ? null : body.partials().stream()
                .map(p -> p == null ? null : new SigningService.PartialInput(p.messageHash(), p.signature())).toList();
        return new BatchAnswer(signing.submitPartials(caller, partials).stream().map(BatchResult::of).toList());
    }

    @POST
    @Path("signatures/combine")
    public VerificationService.Combined combine(Combine body) {
        RequestBodies.require(body, "{messageHash, signers}");
        return verification.combine(body.messageHash(), body.signers());
    }

    @POST
    @Path("verify")
    public Verdict verify(Verify body) {
        RequestBodies.require(body, "{messageHash, signature, publicKey | groupPublicKey | publicKeys | epoch [+ participants]}");
        int targets = (body.publicKey() != null ? 1 : 0) + (body.groupPublicKey() != null ? 1 : 0)
                + (body.publicKeys() != null ? 1 : 0) + (body.epoch() != null ? 1 : 0);
        if (targets != 1) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "give exactly one of publicKey, groupPublicKey, publicKeys or epoch");
        }
        if (body.singleKey() != null) {
            return new Verdict(verification.verifyWithKey(body.messageHash(), body.signature(), body.singleKey()));
        }
        if (body.publicKeys() != null) {
            return new Verdict(verification.verifyWithKeys(body.messageHash(), body.signature(), body.publicKeys()));
        }
        return new Verdict(verification.verifyWithEpoch(body.messageHash(), body.signature(), body.epoch(), body.participants()));
    }
}
