-- I3: a batch is the record of one import, so it is never removed. That rule, kept by a
-- trigger, is what the batch ids of customers and their history rely on, instead of
-- foreign keys: only the import writes a batch id, the id of the batch it has just
-- recorded in the same transaction, and a key checked per row cost a third of a first
-- import of two million people (BENCHMARKS.md).
ALTER TABLE customers
    DROP CONSTRAINT customers_first_batch_id_fkey,
    DROP CONSTRAINT customers_last_batch_id_fkey;
ALTER TABLE customer_history DROP CONSTRAINT customer_history_batch_id_fkey;
ALTER TABLE customer_status_history DROP CONSTRAINT customer_status_history_batch_id_fkey;

CREATE FUNCTION isets_batches_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'I3: IES batches are never removed' USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER ies_batches_kept BEFORE DELETE OR TRUNCATE ON ies_batches
    FOR EACH STATEMENT EXECUTE FUNCTION isets_batches_kept();
