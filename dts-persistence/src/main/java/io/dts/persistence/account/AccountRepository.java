package io.dts.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts by username. Joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected AccountRepository() {
    }

    public AccountRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(em.find(Account.class, username));
    }

    /** Reads the account and locks its row until the transaction ends: use before changing a balance. */
    public Optional<Account> findForUpdate(String username) {
        // Refresh under the lock rather than find-with-lock: an entity read earlier in the transaction
        // would fail its version check if someone changed it meanwhile.
        Account found = em.find(Account.class, username);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    public boolean exists(String username) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username = :name", Long.class)
                .setParameter("name", username)
                .getSingleResult() > 0;
    }

    /** Inserts at once so that a taken username fails here, not at commit. */
    public void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
