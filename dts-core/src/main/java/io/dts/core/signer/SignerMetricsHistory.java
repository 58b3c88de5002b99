package io.dts.core.signer;

import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerEpochMetrics;
import io.dts.persistence.signer.SignerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Keeps each signer's metrics per epoch: updated by every report, closed with the reputation at rotation. */
@ApplicationScoped
public class SignerMetricsHistory {

    @Inject
    SignerRepository signers;

    /** Records the signer's metrics after a report in {@code epoch}. The signer's row is locked by the caller. */
    public void recordReport(Signer signer, long epoch, long height) {
        SignerEpochMetrics row = row(signer, epoch);
        copy(signer, row, height);
        row.setReports(row.getReports() + 1);
    }

    /** Records the signer's metrics after an accepted partial signature in {@code epoch}. */
    public void recordSignature(Signer signer, long epoch, long height) {
        copy(signer, row(signer, epoch), height);
    }

    /** Records the metrics and the newly computed reputation of {@code signer} as {@code epoch} ends. */
    public void closeEpoch(Signer signer, long epoch, long height) {
        copy(signer, row(signer, epoch), height);
    }

    private SignerEpochMetrics row(Signer signer, long epoch) {
        return signers.metrics(signer.getName(), epoch).orElseGet(() -> {
            SignerEpochMetrics created = new SignerEpochMetrics(signer.getName(), epoch);
            signers.addMetrics(created);
            return created;
        });
    }

    private static void copy(Signer signer, SignerEpochMetrics row, long height) {
        row.setUptime(signer.getUptime());
        row.setSigningSpeed(signer.getSigningSpeed());
        row.setAccuracy(signer.getAccuracy());
        row.setTotalSignatures(signer.getTotalSignatures());
        row.setValidSignatures(signer.getValidSignatures());
        row.setReputation(signer.getReputation());
        row.setLastHeight(height);
    }
}
