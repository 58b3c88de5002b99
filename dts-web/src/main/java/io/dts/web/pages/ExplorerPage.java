package io.dts.web.pages;

import io.dts.core.events.EventLog;
import io.dts.core.events.EventView;
import io.dts.core.network.EpochView;
import io.dts.core.network.NetworkParameter;
import io.dts.core.network.NetworkParams;
import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import io.dts.core.signer.SignerService;
import io.dts.core.signer.SignerView;
import io.dts.core.signing.SigningRequestView;
import io.dts.core.signing.SigningService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The public explorer: network status and parameters, committee, signers, signing requests and events. */
@Named
@RequestScoped
public class ExplorerPage {

    static final int RECENT = 20;

    @Inject
    NetworkService network;

    @Inject
    SignerService signers;

    @Inject
    SigningService signing;

    @Inject
    EventLog events;

    private NetworkStatus status;
    private List<SignerRow> signerRows;

    public NetworkStatus getStatus() {
        if (status == null) {
            status = network.status();
        }
        return status;
    }

    /** Every network parameter by its API name with its value now (governance changes them); none before initialize. */
    public List<Parameter> getParameters() {
        NetworkParams params = getStatus().params();
        if (params == null) {
            return List.of();
        }
        return Arrays.stream(NetworkParameter.values()).map(p -> new Parameter(p.jsonName(), p.valueIn(params))).toList();
    }

    /** One network parameter and its current value. */
    public record Parameter(String name, long value) {
    }

    /** The current epoch's seats, or none before initialize. */
    public List<EpochView.Member> getCommittee() {
        if (!getStatus().initialized()) {
            return List.of();
        }
        return network.epoch(getStatus().epoch()).committee().stream().filter(m -> m.leftHeight() == null).toList();
    }

    /** Every signer, those in the committee first, then backups, then the rest; best reputation first. */
    public List<SignerRow> getSigners() {
        if (signerRows == null) {
            signerRows = signers.list().stream().map(SignerRow::new)
                    .sorted(Comparator.comparingInt(SignerRow::standing)
                            .thenComparing(Comparator.comparingInt(SignerRow::getReputation).reversed())
                            .thenComparing(SignerRow::getName))
                    .toList();
        }
        return signerRows;
    }

    /** Signers waiting for a seat, the next to take one first. */
    public List<SignerRow> getBackups() {
        return getSigners().stream().filter(s -> "BACKUP".equals(s.getStatus())).toList();
    }

    public List<SigningRequestView> getRequests() {
        return signing.newest(RECENT);
    }

    public List<EventView> getEvents() {
        return events.newest(RECENT);
    }

    /** A signer flattened into bean properties, which the data table sorts and filters by. */
    public static final class SignerRow {

        private final SignerView signer;

        SignerRow(SignerView signer) {
            this.signer = signer;
        }

        public String getName() {
            return signer.name();
        }

        int standing() {
            return switch (signer.status()) {
                case "PRIMARY" -> 0;
                case "BACKUP" -> 1;
                default -> 2;
            };
        }

        public String getStatus() {
            return signer.status();
        }

        public long getStake() {
            return signer.stake();
        }

        public int getReputation() {
            return signer.reputationScore();
        }

        public int getUptime() {
            return signer.performanceMetrics().uptime();
        }

        public int getAccuracy() {
            return signer.performanceMetrics().accuracy();
        }

        public long getTotalSignatures() {
            return signer.performanceMetrics().totalSignatures();
        }

        public int getSlashes() {
            return signer.slashingHistory().totalSlashes();
        }

        public long getLastActive() {
            return signer.lastActive();
        }
    }
}
