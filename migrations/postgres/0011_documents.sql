-- Documents (E8; later the verification documents of M3 and V2 and the provider uploads
-- of P7): one store, content addressed by SHA-256 and never overwritten, and a row for
-- each document attached to a customer. On PostgreSQL the contents live in a table; a
-- SQLite database keeps them in a folder beside its file (README, "Documents"), so
-- `document_contents` exists only here.
CREATE TABLE document_contents (
    sha256     TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    content    BYTEA NOT NULL,
    CHECK (octet_length(content) = size_bytes),
    CHECK (sha256 = encode(sha256(content), 'hex'))
);

-- E8: a customer's document, added for one of the writer's organizations.
CREATE TABLE customer_documents (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    category        TEXT NOT NULL CHECK (category IN ('Plan')),
    file_name       TEXT NOT NULL CHECK (file_name <> ''),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    size_bytes      BIGINT NOT NULL CHECK (size_bytes > 0),
    added_by        TEXT NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX customer_documents_customer_idx ON customer_documents (customer_id, id);

-- Stored contents are never changed or removed.
CREATE FUNCTION isets_document_contents_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'E8: stored documents are never overwritten or removed' USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER document_contents_kept BEFORE UPDATE OR DELETE OR TRUNCATE ON document_contents
    FOR EACH STATEMENT EXECUTE FUNCTION isets_document_contents_kept();
