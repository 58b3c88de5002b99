package io.dts.persistence.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Signing requests and partial signatures. Joins the caller's transaction. */
@ApplicationScoped
public class SigningRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected SigningRepository() {
    }

    public SigningRepository(EntityManager em) {
        this.em = em;
    }

    /** The next request id, unique across instances: the counter row stays locked until commit. */
    public long nextRequestId() {
        em.createNativeQuery("UPDATE id_counter SET last_value = last_value + 1 WHERE name = 'signing_request'")
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_value FROM id_counter WHERE name = 'signing_request'")
                .getSingleResult()).longValue();
    }

    public void add(SigningRequest request) {
        em.persist(request);
        em.flush();
    }

    public Optional<SigningRequest> find(long id) {
        return Optional.ofNullable(em.find(SigningRequest.class, id));
    }

    /**
     * Locks the request's row until the transaction ends (waiting for whoever holds it), then reads
     * it afresh: every statement after this sees what the previous holder committed. A plain update
     * takes the lock the same way on H2 and PostgreSQL.
     */
    public SigningRequest lock(SigningRequest request) {
        em.createQuery("UPDATE SigningRequest r SET r.version = r.version + 1 WHERE r.id = :id")
                .setParameter("id", request.getId()).executeUpdate();
        em.refresh(request);
        return request;
    }

    /** Reads the request afresh after a bulk change. */
    public SigningRequest reload(SigningRequest request) {
        em.refresh(request);
        return request;
    }

    /**
     * Completes a PENDING request with its aggregate (aggregate mode) or its group signature
     * (threshold mode; the other one is null); {@code completionMicros} is null when not measured.
     * @return whether this call completed it (false: it was no longer pending)
     */
    public boolean complete(long id, String aggregateSignature, String groupSignature, String participantBitfield,
            long height, Long completionMicros, List<String> participants) {
        boolean completed = em.createQuery("UPDATE SigningRequest r SET r.status = 'COMPLETE', r.openHash = NULL,"
                        + " r.aggregateSignature = :aggregate, r.groupSignature = :group, r.participantBitfield = :bitfield,"
                        + " r.completedHeight = :height, r.completionMicros = :micros, r.version = r.version + 1"
                        + " WHERE r.id = :id AND r.status = 'PENDING'")
                .setParameter("aggregate", aggregateSignature).setParameter("group", groupSignature)
                .setParameter("bitfield", participantBitfield)
                .setParameter("height", height).setParameter("micros", completionMicros).setParameter("id", id)
                .executeUpdate() == 1;
        if (completed) {
            em.createQuery("UPDATE PartialSignature p SET p.inAggregate = TRUE WHERE p.requestId = :id AND p.signer IN :signers")
                    .setParameter("id", id).setParameter("signers", participants).executeUpdate();
        }
        return completed;
    }

    /** Expires a PENDING request whose expiry height has come. @return whether this call expired it */
    public boolean expire(long id, long height) {
        return em.createQuery("UPDATE SigningRequest r SET r.status = 'EXPIRED', r.openHash = NULL,"
                        + " r.version = r.version + 1 WHERE r.id = :id AND r.status = 'PENDING' AND r.expiresHeight <= :height")
                .setParameter("id", id).setParameter("height", height).executeUpdate() == 1;
    }

    public Optional<SigningRequest> findOpen(String messageHash) {
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.openHash = :hash", SigningRequest.class)
                .setParameter("hash", messageHash).getResultStream().findFirst();
    }

    /** The open requests for the given message hashes, by hash, in one query. */
    public Map<String, SigningRequest> findOpen(Collection<String> messageHashes) {
        if (messageHashes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.openHash IN :hashes", SigningRequest.class)
                .setParameter("hashes", messageHashes).getResultStream()
                .collect(Collectors.toMap(SigningRequest::getMessageHash, r -> r, (a, b) -> a));
    }

    /** The newest request for a message hash, open or not. */
    public Optional<SigningRequest> findLatest(String messageHash) {
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.messageHash = :hash ORDER BY r.id DESC",
                SigningRequest.class).setParameter("hash", messageHash).setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest request for each of the given message hashes, open or not, by hash, in one query. */
    public Map<String, SigningRequest> findLatest(Collection<String> messageHashes) {
        if (messageHashes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.messageHash IN :hashes AND r.id ="
                        + " (SELECT MAX(n.id) FROM SigningRequest n WHERE n.messageHash = r.messageHash)", SigningRequest.class)
                .setParameter("hashes", messageHashes).getResultStream()
                .collect(Collectors.toMap(SigningRequest::getMessageHash, r -> r, (a, b) -> a));
    }

    /** Requests with an id above {@code after}, oldest first, optionally of one status and epoch. */
    public List<SigningRequest> page(String status, Long epoch, long after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM SigningRequest r WHERE r.id > :after");
        if (status != null) {
            jpql.append(" AND r.status = :status");
        }
        if (epoch != null) {
            jpql.append(" AND r.epoch = :epoch");
        }
        TypedQuery<SigningRequest> query = em.createQuery(jpql.append(" ORDER BY r.id").toString(), SigningRequest.class)
                .setParameter("after", after).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (epoch != null) {
            query.setParameter("epoch", epoch);
        }
        return query.getResultList();
    }

    /** The newest requests first, at most {@code limit}. */
    public List<SigningRequest> newest(int limit) {
        return em.createQuery("SELECT r FROM SigningRequest r ORDER BY r.id DESC", SigningRequest.class)
                .setMaxResults(limit).getResultList();
    }

    /** Requests of {@code epoch} opened between two heights (inclusive), for participation. */
    public List<SigningRequest> openedIn(long epoch, long fromHeight, long toHeight) {
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.epoch = :epoch"
                        + " AND r.openedHeight >= :from AND r.openedHeight <= :to", SigningRequest.class)
                .setParameter("epoch", epoch).setParameter("from", fromHeight).setParameter("to", toHeight)
                .getResultList();
    }

    private static final String PENDING_WITH_THRESHOLD = "SELECT r.id FROM SigningRequest r WHERE r.status = 'PENDING'"
            + " AND (SELECT COUNT(p) FROM PartialSignature p WHERE p.requestId = r.id) >= r.threshold";

    /** Ids of PENDING requests that have at least their threshold of partials, oldest first. */
    public List<Long> pendingWithThreshold() {
        return em.createQuery(PENDING_WITH_THRESHOLD + " ORDER BY r.id", Long.class).getResultList();
    }

    /** Which of {@code ids} are PENDING with at least their threshold of partials, in one query; ascending. */
    public List<Long> pendingWithThreshold(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(PENDING_WITH_THRESHOLD + " AND r.id IN :ids ORDER BY r.id", Long.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<SigningRequest> expiring(long height) {
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.status = 'PENDING' AND r.expiresHeight <= :height",
                SigningRequest.class).setParameter("height", height).getResultList();
    }

    /**
     * PENDING requests of epochs whose committee {@code signer} sat in (including seats it has left)
     * that it has not signed yet, oldest first, at most {@code limit}.
     */
    public List<SigningRequest> pendingUnsignedBy(String signer, int limit) {
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.status = 'PENDING'"
                        + " AND EXISTS (SELECT m FROM EpochMember m WHERE m.epoch = r.epoch AND m.signer = :signer)"
                        + " AND NOT EXISTS (SELECT p FROM PartialSignature p WHERE p.requestId = r.id AND p.signer = :signer)"
                        + " ORDER BY r.id", SigningRequest.class)
                .setParameter("signer", signer).setMaxResults(limit).getResultList();
    }

    /**
     * Which of {@code requestIds} {@code signer} has a partial for, in one query. Ids close together
     * (a signer's batch is usually a run of recent requests) are read as one range of the signer's
     * index, an entry per request; scattered ones are looked up one by one.
     */
    public Set<Long> signedAmong(String signer, Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        long low = requestIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long high = requestIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        TypedQuery<Long> query = high - low < 4L * requestIds.size()
                ? em.createQuery("SELECT p.requestId FROM PartialSignature p WHERE p.signer = :signer"
                        + " AND p.requestId BETWEEN :low AND :high", Long.class)
                        .setParameter("low", low).setParameter("high", high)
                : em.createQuery("SELECT p.requestId FROM PartialSignature p WHERE p.signer = :signer"
                        + " AND p.requestId IN :ids", Long.class).setParameter("ids", requestIds);
        Set<Long> wanted = Set.copyOf(requestIds);
        return query.setParameter("signer", signer).getResultStream().filter(wanted::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    public void addPartial(PartialSignature partial) {
        addPartials(List.of(partial));
    }

    /** Inserts the partials with one flush. */
    public void addPartials(List<PartialSignature> partials) {
        partials.forEach(em::persist);
        em.flush();
    }

    /** The requests with the given ids (those that exist), in one query. */
    public List<SigningRequest> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM SigningRequest r WHERE r.id IN :ids", SigningRequest.class)
                .setParameter("ids", ids).getResultList();
    }

    /** How many partials each of the requests has (absent: none), in one query. */
    public Map<Long, Long> countPartials(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.requestId, COUNT(p) FROM PartialSignature p WHERE p.requestId IN :ids"
                        + " GROUP BY p.requestId", Object[].class)
                .setParameter("ids", requestIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** The signers whose partials are in each request's aggregate (absent: none), in one query. */
    public Map<Long, List<String>> participants(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.requestId, p.signer FROM PartialSignature p WHERE p.requestId IN :ids"
                        + " AND p.inAggregate = TRUE ORDER BY p.height, p.signer", Object[].class)
                .setParameter("ids", requestIds).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    public long countPartials(long requestId) {
        return em.createQuery("SELECT COUNT(p) FROM PartialSignature p WHERE p.requestId = :id", Long.class)
                .setParameter("id", requestId).getSingleResult();
    }

    /** A request's partials, read afresh (bulk updates such as {@link #complete} bypass loaded objects). */
    public List<PartialSignature> partials(long requestId) {
        return em.createQuery("SELECT p FROM PartialSignature p WHERE p.requestId = :id ORDER BY p.height, p.signer",
                PartialSignature.class).setParameter("id", requestId)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
    }

    /** The height of {@code signer}'s newest accepted partial signature, if any. */
    public Optional<Long> lastPartialHeight(String signer) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(p.height) FROM PartialSignature p WHERE p.signer = :signer",
                Long.class).setParameter("signer", signer).getSingleResult());
    }

    /** How many of {@code requestIds} {@code signer} has signed. */
    public long countSignedBy(String signer, List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(p) FROM PartialSignature p WHERE p.signer = :signer"
                        + " AND p.requestId IN :ids", Long.class)
                .setParameter("signer", signer).setParameter("ids", requestIds).getSingleResult();
    }
}
