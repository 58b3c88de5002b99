package io.dts.web.pages;

import io.dts.core.error.DtsException;
import io.dts.core.signer.EpochMetricsView;
import io.dts.core.signer.SignerService;
import io.dts.core.signer.SignerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One signer for anyone to look at: its standing, metrics and slashing record now, and charts of its
 * metrics and reputation over the epochs it has been through.
 */
@Named
@RequestScoped
public class SignerDetailPage {

    /** Looking up the JSON provider is costly: one factory serves every chart. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Inject
    SignerService signers;

    @Inject
    FacesContext faces;

    private String name;
    private SignerView signer;
    private List<EpochMetricsView> history = List.of();

    /** Looks the signer up once its name has been read from the address; an unknown one is said in plain words. */
    public void load() {
        if (name == null || name.isBlank()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Which signer?",
                    "Open this page from the signers table of the network page."));
            return;
        }
        try {
            signer = signers.signer(name);
            history = signers.history(name);
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SignerView getSigner() {
        return signer;
    }

    public List<EpochMetricsView> getHistory() {
        return history;
    }

    /** Reputation over the epochs, as a Chart.js line chart. */
    public String getReputationChart() {
        return lineChart("Reputation", 0, 100, dataset("Reputation", "#2563eb", EpochMetricsView::reputationScore));
    }

    /** Uptime, signing speed and accuracy over the epochs (all in 0..100), as a Chart.js line chart. */
    public String getMetricsChart() {
        return lineChart("Metrics", 0, 100,
                dataset("Uptime", "#16a34a", EpochMetricsView::uptime),
                dataset("Signing speed", "#d97706", EpochMetricsView::signingSpeed),
                dataset("Accuracy", "#9333ea", EpochMetricsView::accuracy));
    }

    /** Signatures per epoch, total and valid, as a Chart.js bar chart. */
    public String getSignaturesChart() {
        return chart("bar", "Signatures", null, null,
                dataset("Signatures", "#64748b", EpochMetricsView::totalSignatures),
                dataset("Valid", "#0d9488", EpochMetricsView::validSignatures));
    }

    private String lineChart(String title, Integer min, Integer max, JsonObjectBuilder... datasets) {
        return chart("line", title, min, max, datasets);
    }

    private String chart(String type, String title, Integer min, Integer max, JsonObjectBuilder... datasets) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        history.forEach(h -> labels.add("epoch " + h.epoch()));
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        JsonObjectBuilder y = JSON.createObjectBuilder().add("beginAtZero", true);
        if (min != null) {
            y.add("min", min);
        }
        if (max != null) {
            y.add("max", max);
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", JSON.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    private JsonObjectBuilder dataset(String label, String colour, ToLongFunction<EpochMetricsView> value) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        history.forEach(h -> points.add(value.applyAsLong(h)));
        return JSON.createObjectBuilder().add("label", label).add("data", points)
                .add("borderColor", colour).add("backgroundColor", colour).add("tension", 0.2);
    }
}
