package io.dts.web.pages;

import io.dts.core.dkg.DkgRecords;
import io.dts.core.dkg.DkgService;
import io.dts.core.error.DtsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The signer portal's channel for the browser member's DKG posts (signer-member.js). The REST API
 * takes HTTP Basic only (no session, so no cross-site forgery); a signed-in page posts through JSF
 * instead, whose view state guards it the same way. The browser made the deal bundle or complaint —
 * public data by design (THRESHOLD.md) — and this bean hands it to the same {@link DkgService} as
 * {@code POST /api/v1/dkg/sessions/{epoch}/deals|complaints}. The answer goes back as callback
 * parameters {@code ok} and {@code message}, for the script to act on.
 */
@Named
@RequestScoped
public class SignerDkgPage {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    DkgService dkg;

    @Inject
    FacesContext faces;

    /** Request parameters {@code epoch} and {@code body} (the JSON of a deal bundle). */
    public void deal() {
        answer(() -> {
            DkgRecords.DealInput input = JSON.fromJson(parameter("body"), DkgRecords.DealInput.class);
            dkg.submitDeal(caller(), epoch(), input);
            return "deal accepted";
        });
    }

    /** Request parameters {@code epoch} and {@code body} (the JSON of a complaint). */
    public void complain() {
        answer(() -> {
            DkgRecords.ComplaintInput input = JSON.fromJson(parameter("body"), DkgRecords.ComplaintInput.class);
            return "complaint recorded: " + dkg.submitComplaint(caller(), epoch(), input).verdict();
        });
    }

    /** The app's block interval, for the page's countdown in approximate time. */
    public double getBlockSeconds() {
        return BlockTime.intervalSeconds();
    }

    private void answer(java.util.function.Supplier<String> action) {
        boolean ok;
        String message;
        try {
            message = action.get();
            ok = true;
        } catch (DtsException e) {
            ok = false;
            message = Messages.summary(e.code()) + ": " + Messages.detail(e);
        } catch (JsonbException | IllegalArgumentException e) {
            ok = false;
            message = "the page sent something the server cannot read";
        }
        PrimeFaces.current().ajax().addCallbackParam("ok", ok);
        PrimeFaces.current().ajax().addCallbackParam("message", message);
    }

    private long epoch() {
        return Long.parseLong(parameter("epoch"));
    }

    private String parameter(String name) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private String caller() {
        return faces.getExternalContext().getUserPrincipal().getName();
    }
}
