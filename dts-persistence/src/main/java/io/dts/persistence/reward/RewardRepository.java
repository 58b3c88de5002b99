package io.dts.persistence.reward;

import io.dts.persistence.network.NetworkState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Reward entitlements and the partial-fee inflow. Joins the caller's transaction. */
@ApplicationScoped
public class RewardRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected RewardRepository() {
    }

    public RewardRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Reward reward) {
        em.persist(reward);
    }

    public Optional<Reward> find(long epoch, String signer) {
        return Optional.ofNullable(em.find(Reward.class, new Reward.Key(epoch, signer)));
    }

    /**
     * Marks the entitlement claimed at {@code height} if nobody claimed it yet.
     *
     * @return whether this call claimed it (false: claimed before, or at the same moment)
     */
    public boolean markClaimed(long epoch, String signer, long height) {
        int changed = em.createQuery("UPDATE Reward r SET r.claimedHeight = :height"
                        + " WHERE r.epoch = :epoch AND r.signer = :signer AND r.claimedHeight IS NULL")
                .setParameter("height", height)
                .setParameter("epoch", epoch)
                .setParameter("signer", signer)
                .executeUpdate();
        Reward cached = em.find(Reward.class, new Reward.Key(epoch, signer));
        if (cached != null) {
            em.refresh(cached);
        }
        return changed == 1;
    }

    /** Newest epoch first, then by signer; each filter applies only when given. */
    public List<Reward> page(String signer, Long epoch, Boolean claimed, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM Reward r WHERE 1 = 1");
        if (signer != null) {
            jpql.append(" AND r.signer = :signer");
        }
        if (epoch != null) {
            jpql.append(" AND r.epoch = :epoch");
        }
        if (claimed != null) {
            jpql.append(claimed ? " AND r.claimedHeight IS NOT NULL" : " AND r.claimedHeight IS NULL");
        }
        jpql.append(" ORDER BY r.epoch DESC, r.signer");
        TypedQuery<Reward> query = em.createQuery(jpql.toString(), Reward.class).setMaxResults(limit);
        if (signer != null) {
            query.setParameter("signer", signer);
        }
        if (epoch != null) {
            query.setParameter("epoch", epoch);
        }
        return query.getResultList();
    }

    /** The sum of all entitlements not claimed yet. */
    public long outstanding() {
        // Untyped: PostgreSQL sums BIGINT as NUMERIC, H2 as BIGINT.
        Object sum = em.createQuery("SELECT SUM(r.amount) FROM Reward r WHERE r.claimedHeight IS NULL").getSingleResult();
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** What the pool holds for anyone reading it: the pool plus the partial fees still on their way in. */
    public long poolWithPendingFees(NetworkState state) {
        return state.getRewardPool() + inflow().getPending();
    }

    /** The inflow as committed now (not locked). */
    public PartialFeeInflow inflow() {
        PartialFeeInflow inflow = em.find(PartialFeeInflow.class, PartialFeeInflow.ID);
        em.refresh(inflow);
        return inflow;
    }

    /** The inflow, locked until the transaction ends: only under the network-state lock, to move it into the pool. */
    public PartialFeeInflow inflowForUpdate() {
        PartialFeeInflow inflow = em.find(PartialFeeInflow.class, PartialFeeInflow.ID);
        em.refresh(inflow, LockModeType.PESSIMISTIC_WRITE);
        return inflow;
    }

    /** Adds a partial-signature fee: one conditional-free update, the last lock a partial takes. */
    public void addPartialFee(long fee) {
        em.createQuery("UPDATE PartialFeeInflow i SET i.pending = i.pending + :fee, i.total = i.total + :fee"
                        + " WHERE i.id = :id")
                .setParameter("fee", fee)
                .setParameter("id", PartialFeeInflow.ID)
                .executeUpdate();
    }
}
