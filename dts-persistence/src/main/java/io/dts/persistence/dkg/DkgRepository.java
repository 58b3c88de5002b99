package io.dts.persistence.dkg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** DKG sessions and what arrived for them. Joins the caller's transaction. */
@ApplicationScoped
public class DkgRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected DkgRepository() {
    }

    public DkgRepository(EntityManager em) {
        this.em = em;
    }

    public void add(DkgSessionRecord session, List<DkgParticipant> participants) {
        em.persist(session);
        em.flush(); // a second instance opening the same session fails here, on the primary key; and the
        // participants reference the session, which EclipseLink would not otherwise insert first
        participants.forEach(em::persist);
        em.flush();
    }

    public Optional<DkgSessionRecord> find(long epoch) {
        return Optional.ofNullable(em.find(DkgSessionRecord.class, epoch));
    }

    /** The session with its row locked until the transaction ends, read afresh. */
    public Optional<DkgSessionRecord> findForUpdate(long epoch) {
        DkgSessionRecord found = em.find(DkgSessionRecord.class, epoch);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    public Optional<DkgSessionRecord> newest() {
        return em.createQuery("SELECT s FROM DkgSessionRecord s ORDER BY s.epoch DESC", DkgSessionRecord.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest COMPLETE session at or before {@code epoch}. */
    public Optional<DkgSessionRecord> newestComplete(long epoch) {
        return em.createQuery("SELECT s FROM DkgSessionRecord s WHERE s.phase = 'COMPLETE' AND s.epoch <= :epoch"
                        + " ORDER BY s.epoch DESC", DkgSessionRecord.class)
                .setParameter("epoch", epoch).setMaxResults(1).getResultStream().findFirst();
    }

    /** Sessions still dealing or taking complaints, oldest first. */
    public List<Long> running() {
        return em.createQuery("SELECT s.epoch FROM DkgSessionRecord s WHERE s.phase IN ('DEAL', 'COMPLAIN') ORDER BY s.epoch",
                Long.class).getResultList();
    }

    /** Sessions by epoch, newest first. */
    public List<DkgSessionRecord> newestFirst(int limit) {
        return em.createQuery("SELECT s FROM DkgSessionRecord s ORDER BY s.epoch DESC", DkgSessionRecord.class)
                .setMaxResults(limit).getResultList();
    }

    public List<DkgParticipant> participants(long epoch, String role) {
        return em.createQuery("SELECT p FROM DkgParticipant p WHERE p.epoch = :epoch AND p.role = :role ORDER BY p.index",
                DkgParticipant.class).setParameter("epoch", epoch).setParameter("role", role).getResultList();
    }

    public Optional<DkgParticipant> participant(long epoch, String role, String signer) {
        return em.createQuery("SELECT p FROM DkgParticipant p WHERE p.epoch = :epoch AND p.role = :role AND p.signer = :signer",
                        DkgParticipant.class).setParameter("epoch", epoch).setParameter("role", role)
                .setParameter("signer", signer).getResultStream().findFirst();
    }

    public void addDeal(DkgDeal deal) {
        em.persist(deal);
    }

    public List<DkgDeal> deals(long epoch) {
        return em.createQuery("SELECT d FROM DkgDeal d WHERE d.epoch = :epoch ORDER BY d.dealerIndex", DkgDeal.class)
                .setParameter("epoch", epoch).getResultList();
    }

    public void addComplaint(DkgComplaint complaint) {
        em.persist(complaint);
    }

    public List<DkgComplaint> complaints(long epoch) {
        return em.createQuery("SELECT c FROM DkgComplaint c WHERE c.epoch = :epoch ORDER BY c.dealerIndex, c.receiverIndex",
                DkgComplaint.class).setParameter("epoch", epoch).getResultList();
    }
}
