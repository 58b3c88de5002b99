package io.dts.persistence.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Proposals and votes. Joins the caller's transaction. */
@ApplicationScoped
public class ProposalRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected ProposalRepository() {
    }

    public ProposalRepository(EntityManager em) {
        this.em = em;
    }

    public long nextProposalId() {
        em.createNativeQuery("UPDATE id_counter SET last_value = last_value + 1 WHERE name = 'proposal'").executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_value FROM id_counter WHERE name = 'proposal'")
                .getSingleResult()).longValue();
    }

    public void add(Proposal proposal) {
        em.persist(proposal);
        em.flush();
    }

    public Optional<Proposal> find(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    /** The proposal under its row lock: votes, finalizing and execution of one proposal are serialised by it. */
    public Optional<Proposal> findForUpdate(long id) {
        Proposal found = em.find(Proposal.class, id);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    /** The newest proposals first, of one status or of all when {@code status} is null. */
    public List<Proposal> newest(String status, int limit) {
        TypedQuery<Proposal> query = status == null
                ? em.createQuery("SELECT p FROM Proposal p ORDER BY p.id DESC", Proposal.class)
                : em.createQuery("SELECT p FROM Proposal p WHERE p.status = :status ORDER BY p.id DESC", Proposal.class)
                        .setParameter("status", status);
        return query.setMaxResults(limit).getResultList();
    }

    /** Ids of proposals in {@code status} whose execution height has come, oldest first. */
    public List<Long> dueIds(String status, long height) {
        return em.createQuery("SELECT p.id FROM Proposal p WHERE p.status = :status AND p.executeAtHeight <= :height"
                        + " ORDER BY p.id", Long.class)
                .setParameter("status", status).setParameter("height", height).getResultList();
    }

    public boolean hasVoted(long proposalId, String voter) {
        return em.find(ProposalVote.class, new ProposalVote.Key(proposalId, voter)) != null;
    }

    public void addVote(ProposalVote vote) {
        em.persist(vote);
        em.flush();
    }

    public List<ProposalVote> votes(long proposalId) {
        return em.createQuery("SELECT v FROM ProposalVote v WHERE v.proposalId = :id ORDER BY v.height, v.voter",
                ProposalVote.class).setParameter("id", proposalId).getResultList();
    }
}
