package io.dts.persistence.crosschain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Registered chains and their verified transactions. Joins the caller's transaction. */
@ApplicationScoped
public class CrossChainRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected CrossChainRepository() {
    }

    public CrossChainRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ExternalChain> chain(String chainId) {
        return Optional.ofNullable(em.find(ExternalChain.class, chainId));
    }

    public List<ExternalChain> chains() {
        return em.createQuery("SELECT c FROM ExternalChain c ORDER BY c.chainId", ExternalChain.class).getResultList();
    }

    /** Adds a chain; a chain id taken at the same moment by another instance fails at the flush. */
    public void add(ExternalChain chain) {
        em.persist(chain);
        em.flush();
    }

    public Optional<CrossChainTransaction> transaction(String chainId, String txHash) {
        return Optional.ofNullable(em.find(CrossChainTransaction.class, new CrossChainTransaction.Key(chainId, txHash)));
    }

    /** Adds a transaction; the same one stored at the same moment elsewhere fails at the flush. */
    public void add(CrossChainTransaction transaction) {
        em.persist(transaction);
        em.flush();
    }

    /** The newest transactions of a chain first. */
    public List<CrossChainTransaction> transactions(String chainId, int limit) {
        return em.createQuery("SELECT t FROM CrossChainTransaction t WHERE t.chainId = :chain"
                        + " ORDER BY t.height DESC, t.txHash", CrossChainTransaction.class)
                .setParameter("chain", chainId).setMaxResults(limit).getResultList();
    }
}
