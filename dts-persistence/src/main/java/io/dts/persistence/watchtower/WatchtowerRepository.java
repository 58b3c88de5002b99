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
        return Optional.ofNullable(em.find(Watchtower.class, name, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Watchtower watchtower) {
        em.persist(watchtower);
        em.flush();
    }
}
