package io.dts.web;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.signer.Keystores;
import io.dts.signer.Member;
import io.dts.signer.SignerClient;
import io.dts.signer.StateDirectory;
import io.dts.web.Contract.TestSigner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code dts-signer} members run in-process for the checks: each the command-line signer's
 * {@link Member} with a state directory of its own, its DKG duties done every 200 ms in the
 * background. They sign nothing by themselves: a check signs with the shares they stored, to choose
 * who signs.
 */
public final class SignerMembers implements AutoCloseable {

    /** A member and the account it runs as. */
    public record Unattended(TestSigner signer, Member member, StateDirectory state) {

        public BlsSecretKey share(long epoch) {
            return state.share(epoch).orElseThrow(() -> new AssertionError(signer.name() + " holds no share of epoch " + epoch));
        }

        public boolean holdsShareOf(long epoch) {
            return state.share(epoch).isPresent();
        }
    }

    private final URI server;
    private final List<Unattended> running = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService loop;

    public SignerMembers(URI server) {
        this.server = server;
    }

    /** Starts members for {@code signers}; the background loop starts with the first. */
    public List<Unattended> start(List<TestSigner> signers) throws IOException {
        List<Unattended> started = new ArrayList<>();
        for (TestSigner signer : signers) {
            StateDirectory state = new StateDirectory(Files.createTempDirectory("dts-signer-" + signer.name()),
                    "state-password".toCharArray(), Keystores.Kdf.pbkdf2(16), new SecureRandom());
            SignerClient client = new SignerClient(server, signer.name(), signer.password().toCharArray());
            started.add(new Unattended(signer, new Member(client, signer.key(), state), state));
        }
        running.addAll(started);
        if (loop == null) {
            loop = Executors.newSingleThreadScheduledExecutor();
            loop.scheduleWithFixedDelay(() -> running.forEach(u -> u.member().dkgStep()), 0, 200, TimeUnit.MILLISECONDS);
        }
        return started;
    }

    /** Every member started, oldest first. */
    public List<Unattended> running() {
        return List.copyOf(running);
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.shutdownNow();
        }
    }
}
