-- Documents (E8; later the verification documents of M3 and V2 and the provider uploads
-- of P7): one store, content addressed by SHA-256 and never overwritten, and a row for
-- each document attached to a customer. SQLite keeps the contents in a folder beside
-- the database file (README, "Documents"); PostgreSQL in its `document_contents` table.

-- E8: a customer's document, added for one of the writer's organizations.
CREATE TABLE customer_documents (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    category        TEXT NOT NULL CHECK (category IN ('Plan')),
    file_name       TEXT NOT NULL CHECK (file_name <> ''),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    size_bytes      INTEGER NOT NULL CHECK (size_bytes > 0),
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL
) STRICT;
CREATE INDEX customer_documents_customer_idx ON customer_documents (customer_id, id);
