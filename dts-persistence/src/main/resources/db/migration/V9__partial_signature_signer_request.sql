-- "Which of these requests has this signer signed?" is asked by every batch of partials. With the
-- signer's partials ordered by request, it reads one index entry per request of the batch's id range
-- instead of every committee member's partial of each request. The old index is a prefix of the new.
DROP INDEX partial_signature_signer;
CREATE INDEX partial_signature_signer ON partial_signature (signer, request_id);
