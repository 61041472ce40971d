-- The customer record (DOMAIN.md §1, §5, §16): assignments always name their program
-- and its location (S5), a listing may be limited to some of its provider's locations
-- (§1), the Integrated Resource Team (K1) and case notes on customers.

-- S5: an assignment names the program, and with it the location whose listings reach
-- the customer (§1); one assignment per customer and program.
DELETE FROM customer_assignments WHERE program_id IS NULL OR location_id IS NULL;
ALTER TABLE customer_assignments ALTER COLUMN program_id SET NOT NULL;
ALTER TABLE customer_assignments ALTER COLUMN location_id SET NOT NULL;
ALTER TABLE customer_assignments ADD CHECK (office <> '');
CREATE UNIQUE INDEX customer_assignments_program_key ON customer_assignments (customer_id, program_id);
CREATE INDEX customer_assignments_location_idx ON customer_assignments (location_id);

-- §1: a listing limited to some of its provider's locations reaches only the customers
-- of those locations; a listing without rows here covers all of them.
CREATE TABLE listing_locations (
    listing_id  BIGINT NOT NULL REFERENCES listings (id),
    location_id BIGINT NOT NULL REFERENCES locations (id),
    PRIMARY KEY (listing_id, location_id)
);

-- K1: the partners on a customer's Integrated Resource Team, each through one of their
-- organizations (`member` is their username, which provider staff may not look up).
-- Never deleted (H1): a partner leaves the team with who and when.
CREATE TABLE customer_team (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    user_id         BIGINT NOT NULL REFERENCES users (id),
    member          TEXT NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    added_at        TIMESTAMPTZ NOT NULL,
    added_by        TEXT NOT NULL,
    removed_at      TIMESTAMPTZ,
    removed_by      TEXT,
    removal_reason  TEXT,
    CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE UNIQUE INDEX customer_team_member_key ON customer_team (customer_id, user_id, organization_id)
    WHERE removed_at IS NULL;
CREATE INDEX customer_team_user_idx ON customer_team (user_id, customer_id);

-- Case notes on a customer (§1 "assessments, case notes"): append-only (H1), each with
-- the organization its writer wrote for.
CREATE TABLE customer_notes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    subject         TEXT NOT NULL CHECK (subject <> ''),
    message         TEXT NOT NULL CHECK (message <> ''),
    written_by      TEXT NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX customer_notes_customer_idx ON customer_notes (customer_id, id);

-- S6: searching ISETS customers by the start of a last name reads a range of this index.
CREATE INDEX customers_in_isets_name_idx ON customers ((last_name_key COLLATE "C"), first_name_key, individual_number)
    WHERE in_isets_since IS NOT NULL;
