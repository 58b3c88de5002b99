package io.dts.persistence.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** The network state row and the block clock. Joins the caller's transaction. */
@ApplicationScoped
public class NetworkRepository {

    private static final short CLOCK_ID = 1;

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected NetworkRepository() {
    }

    public NetworkRepository(EntityManager em) {
        this.em = em;
    }

    public NetworkState state() {
        return em.find(NetworkState.class, NetworkState.ID);
    }

    /**
     * The state row as committed now, not as this transaction first read it: after another
     * transaction's conditional update won (see {@link #advanceEpoch}). Only for a transaction that
     * has not changed the row: a refresh drops unflushed changes.
     */
    public NetworkState freshState() {
        NetworkState state = em.find(NetworkState.class, NetworkState.ID);
        em.refresh(state);
        return state;
    }

    /**
     * The state row, freshly read and locked until the transaction ends: use before changing it.
     * Every change to the committee, stake or pool takes this lock first, so they never deadlock.
     */
    public NetworkState stateForUpdate() {
        NetworkState state = em.find(NetworkState.class, NetworkState.ID);
        em.refresh(state, LockModeType.PESSIMISTIC_WRITE);
        return state;
    }

    /**
     * Makes {@code username} the owner if the network has none yet.
     *
     * @return whether this call set the owner (false: another instance or an earlier start did)
     */
    public boolean claimOwnerIfUnset(String username) {
        return em.createQuery("UPDATE NetworkState s SET s.ownerName = :name, s.version = s.version + 1"
                        + " WHERE s.id = :id AND s.ownerName IS NULL")
                .setParameter("name", username)
                .setParameter("id", NetworkState.ID)
                .executeUpdate() == 1;
    }

    /**
     * Opens epoch {@code current + 1} at {@code height} if the network is still in {@code current}
     * and no epoch opened at this height yet. Of several concurrent callers for one epoch exactly one
     * succeeds, and triggers that arrive within one block open one epoch, not one each.
     *
     * @return whether this call opened the epoch
     */
    public boolean advanceEpoch(long current, long height) {
        return em.createQuery("UPDATE NetworkState s SET s.epoch = s.epoch + 1, s.lastRotationHeight = :height,"
                        + " s.version = s.version + 1 WHERE s.id = :id AND s.epoch = :current"
                        + " AND (s.lastRotationHeight IS NULL OR s.lastRotationHeight < :height)")
                .setParameter("height", height)
                .setParameter("id", NetworkState.ID)
                .setParameter("current", current)
                .executeUpdate() == 1;
    }

    public BlockClock clock() {
        BlockClock clock = em.find(BlockClock.class, CLOCK_ID);
        em.refresh(clock);
        return clock;
    }

    /**
     * Moves the block height from {@code expectedHeight} to {@code expectedHeight + 1}, provided the
     * last block is not younger than {@code notAfterMillis}. Of several instances that try the same
     * height, exactly one succeeds; the others match no row.
     *
     * @return whether this call produced the block
     */
    public boolean advanceBlock(long expectedHeight, long nowMillis, long notAfterMillis) {
        return em.createQuery("UPDATE BlockClock c SET c.height = c.height + 1, c.lastBlockAtMillis = :now"
                        + " WHERE c.id = :id AND c.height = :expected AND c.lastBlockAtMillis <= :notAfter")
                .setParameter("now", nowMillis)
                .setParameter("id", CLOCK_ID)
                .setParameter("expected", expectedHeight)
                .setParameter("notAfter", notAfterMillis)
                .executeUpdate() == 1;
    }
}
