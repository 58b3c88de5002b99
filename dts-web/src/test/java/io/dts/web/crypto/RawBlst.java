package io.dts.web.crypto;

import java.util.HexFormat;
import java.util.List;
import supranational.blst.BLST_ERROR;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2_Affine;

/**
 * An independent check of the network's aggregates, written straight against blst's bindings
 * without any DTS code: FastAggregateVerify of draft-irtf-cfrg-bls-signature-05 §3.3.4 is the core
 * verification of the signature under the sum of the public keys, with the POP ciphersuite's DST.
 */
public final class RawBlst {

    private static final String DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    private RawBlst() {
    }

    public static boolean fastAggregateVerify(List<String> publicKeysHex, String messageHex, String signatureHex) {
        HexFormat hex = HexFormat.of();
        P1 sum = new P1();
        for (String key : publicKeysHex) {
            P1_Affine point = new P1_Affine(hex.parseHex(key));
            if (!point.in_group() || point.is_inf()) {
                return false;
            }
            sum.add(point);
        }
        P2_Affine signature = new P2_Affine(hex.parseHex(signatureHex));
        if (!signature.in_group()) {
            return false;
        }
        return signature.core_verify(sum.to_affine(), true, hex.parseHex(messageHex), DST) == BLST_ERROR.BLST_SUCCESS;
    }
}
