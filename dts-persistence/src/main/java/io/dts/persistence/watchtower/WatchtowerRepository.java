package io.dts.persistence.watchtower;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Watchtowers by name. Joins the caller's transaction. */
@ApplicationScoped
public class WatchtowerRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected WatchtowerRepository() {
    }

    public WatchtowerRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Watchtower> find(String name) {
        return Optional.ofNullable(em.find(Watchtower.class, name));
    }

    public Optional<Watchtower> findForUpdate(String name) {
        // Refresh under the lock rather than find-with-lock: an entity read earlier in the transaction
        // would fail its version check if someone changed it meanwhile.
        Watchtower found = em.find(Watchtower.class, name);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    public void add(Watchtower watchtower) {
        em.persist(watchtower);
        em.flush();
    }
}
