package io.dts.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signer.Slash;
import io.dts.persistence.signing.PartialSignature;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the signer portal reads: the requests a signer may still sign, and its slashes. */
class SignerWorkTest extends OnEveryDatabase {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pendingUnsignedRequestsAreThoseOfEpochsTheSignerSatInThatItHasNotSigned(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            AccountRepository accounts = new AccountRepository(em);
            SignerRepository signers = new SignerRepository(em);
            EpochRepository epochs = new EpochRepository(em);
            for (String name : List.of("alice", "bob", "carol")) {
                accounts.add(new Account(name, "h", OffsetDateTime.now()));
                signers.add(signer(name));
            }
            epochs.add(new Epoch(1, 0, 2, 3));
            epochs.add(new Epoch(2, 20, 2, 3));
            EpochMember leftEarly = new EpochMember(1, 0, "alice", key("alice"), 0);
            leftEarly.setLeftHeight(5L);
            epochs.addMember(leftEarly);
            epochs.addMember(new EpochMember(2, 0, "alice", key("alice"), 20));
            epochs.addMember(new EpochMember(2, 1, "bob", key("bob"), 20));
            return null;
        });
        long inFirst = open(db, "01", 1);
        long inSecond = open(db, "02", 2);
        long signedByAlice = open(db, "03", 2);
        long expired = open(db, "04", 2);
        db.inTransaction(em -> {
            new SigningRepository(em).addPartial(new PartialSignature(signedByAlice, "alice", "cd".repeat(96), 21));
            return new SigningRepository(em).expire(expired, 100);
        });

        assertThat(ids(db, "alice", 10)).containsExactly(inFirst, inSecond);
        assertThat(ids(db, "bob", 10)).containsExactly(inSecond, signedByAlice);
        assertThat(ids(db, "carol", 10)).isEmpty();
        assertThat(ids(db, "alice", 1)).containsExactly(inFirst);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSignersSlashesComeInTheirOrder(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            new AccountRepository(em).add(new Account("dave", "h", OffsetDateTime.now()));
            SignerRepository signers = new SignerRepository(em);
            signers.add(signer("dave"));
            signers.addSlash(new Slash("dave", 2, "INACTIVITY", 50, "{}", 40, null));
            signers.addSlash(new Slash("dave", 1, "OWNER", 10, "ee".repeat(32), 30, "owner"));
            return null;
        });
        List<Slash> slashes = db.inTransaction(em -> new SignerRepository(em).slashes("dave"));
        assertThat(slashes).extracting(Slash::getNumber).containsExactly(1, 2);
        assertThat(slashes).extracting(Slash::getActor).containsExactly("owner", null);
        assertThat(db.<List<Slash>>inTransaction(em -> new SignerRepository(em).slashes("nobody"))).isEmpty();
    }

    private static long open(TestDatabase db, String hashByte, long epoch) {
        return db.<Long>inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            SigningRequest request = new SigningRequest(requests.nextRequestId(), hashByte.repeat(32), epoch, 2, "PENDING",
                    "alice", 20, 40);
            requests.add(request);
            return request.getId();
        });
    }

    private static List<Long> ids(TestDatabase db, String signer, int limit) {
        return db.inTransaction(em -> new SigningRepository(em).pendingUnsignedBy(signer, limit).stream()
                .map(SigningRequest::getId).toList());
    }

    private static Signer signer(String name) {
        Signer signer = new Signer(name, key(name), 1_000, 0);
        signer.setStatus("PRIMARY");
        return signer;
    }

    private static String key(String name) {
        return String.format("%-96s", name).replace(' ', '0');
    }
}
