package io.dts.persistence.epoch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Epochs and their committees. Joins the caller's transaction. */
@ApplicationScoped
public class EpochRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected EpochRepository() {
    }

    public EpochRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Epoch> find(long number) {
        return Optional.ofNullable(em.find(Epoch.class, number));
    }

    public void add(Epoch epoch) {
        em.persist(epoch);
    }

    /** Every seat the epoch ever had, in index order, including members who left. */
    public List<EpochMember> members(long epoch) {
        return em.createQuery("SELECT m FROM EpochMember m WHERE m.epoch = :epoch ORDER BY m.memberIndex",
                EpochMember.class).setParameter("epoch", epoch).getResultList();
    }

    public Optional<EpochMember> member(long epoch, String signer) {
        return em.createQuery("SELECT m FROM EpochMember m WHERE m.epoch = :epoch AND m.signer = :signer",
                        EpochMember.class)
                .setParameter("epoch", epoch).setParameter("signer", signer)
                .getResultStream().findFirst();
    }

    public int nextMemberIndex(long epoch) {
        Integer max = em.createQuery("SELECT MAX(m.memberIndex) FROM EpochMember m WHERE m.epoch = :epoch", Integer.class)
                .setParameter("epoch", epoch).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public void addMember(EpochMember member) {
        em.persist(member);
    }
}
