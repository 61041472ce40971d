-- H1: the chain trigger of `isets db setup` gives each audit record its id under the
-- chain lock, so the ids' order is the chain's order even for rows inserted outside
-- isets. An identity column would hand out the id before the trigger waits for the
-- lock; a plain sequence the trigger calls does not.
ALTER TABLE audit_log ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE audit_log_id_seq AS BIGINT OWNED BY audit_log.id;
SELECT setval('audit_log_id_seq', coalesce((SELECT max(id) FROM audit_log), 0) + 1, false);
