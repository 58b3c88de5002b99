package io.dts.core.signing;

import io.dts.core.signer.Fault;
import io.dts.core.signer.SlashingService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Slashes for a fault in a transaction of its own, so that the slash stands although the request
 * that revealed the fault is refused (and its own transaction rolled back).
 */
@Stateless
public class FaultReports {

    @Inject
    SlashingService slashing;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void slashNow(String signer, Fault fault, String evidence) {
        slashing.slashForFault(signer, fault, evidence);
    }
}
