package io.dts.persistence.signer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Signers, their per-epoch metrics and slashes. Joins the caller's transaction. */
@ApplicationScoped
public class SignerRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected SignerRepository() {
    }

    public SignerRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Signer> find(String name) {
        return Optional.ofNullable(em.find(Signer.class, name));
    }

    /** Reads the signer and locks its row until the transaction ends: use before changing it. */
    public Optional<Signer> findForUpdate(String name) {
        // Refresh under the lock rather than find-with-lock: an entity read earlier in the transaction
        // would fail its version check if someone changed it meanwhile.
        Signer found = em.find(Signer.class, name);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    public boolean publicKeyInUse(String publicKeyHex) {
        return em.createQuery("SELECT COUNT(s) FROM Signer s WHERE s.publicKey = :key", Long.class)
                .setParameter("key", publicKeyHex).getSingleResult() > 0;
    }

    public void add(Signer signer) {
        em.persist(signer);
        em.flush();
    }

    public List<Signer> all() {
        return em.createQuery("SELECT s FROM Signer s ORDER BY s.name", Signer.class).getResultList();
    }

    public List<Signer> withStatus(String status) {
        return em.createQuery("SELECT s FROM Signer s WHERE s.status = :status ORDER BY s.name", Signer.class)
                .setParameter("status", status).getResultList();
    }

    /** The signers with one of the statuses, locked: rotation and seat filling decide on a stable set. */
    public List<Signer> withStatusForUpdate(List<String> statuses) {
        return em.createQuery("SELECT s FROM Signer s WHERE s.status IN :statuses ORDER BY s.name", Signer.class)
                .setParameter("statuses", statuses)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public long countWithStatus(String status) {
        return em.createQuery("SELECT COUNT(s) FROM Signer s WHERE s.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    public Optional<SignerEpochMetrics> metrics(String signer, long epoch) {
        return Optional.ofNullable(em.find(SignerEpochMetrics.class, new SignerEpochMetrics.Key(signer, epoch)));
    }

    public void addMetrics(SignerEpochMetrics metrics) {
        em.persist(metrics);
    }

    public List<SignerEpochMetrics> history(String signer) {
        return em.createQuery("SELECT m FROM SignerEpochMetrics m WHERE m.signer = :signer ORDER BY m.epoch",
                SignerEpochMetrics.class).setParameter("signer", signer).getResultList();
    }

    public void addSlash(Slash slash) {
        em.persist(slash);
    }

    /** The height of {@code signer}'s newest slash for {@code fault}, if any. */
    public Optional<Long> lastSlashHeight(String signer, String fault) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(s.height) FROM Slash s WHERE s.signer = :signer AND s.fault = :fault",
                Long.class).setParameter("signer", signer).setParameter("fault", fault).getSingleResult());
    }

    public List<Slash> slashes(String signer) {
        return em.createQuery("SELECT s FROM Slash s WHERE s.signer = :signer ORDER BY s.number", Slash.class)
                .setParameter("signer", signer).getResultList();
    }
}
