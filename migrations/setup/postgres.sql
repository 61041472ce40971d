-- isets database setup for PostgreSQL. Generated from the permission table
-- (src/permissions.rs) and the policy table (src/db/policies.rs) by
-- `isets db setup --dry-run`; `isets db setup` runs it as the database owner.
-- Idempotent: every statement replaces or checks what it makes.

-- Group roles (cluster-wide): created when missing, never altered when present, so
-- setting up a second database in the cluster changes nothing here.
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['isets_operator', 'isets_super_user', 'isets_wfd', 'isets_provider_manager', 'isets_billing', 'isets_program_manager', 'isets_provider_staff', 'isets_login_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY['isets_super_user', 'isets_wfd', 'isets_provider_manager', 'isets_billing', 'isets_program_manager', 'isets_provider_staff'] LOOP
        IF NOT pg_has_role(r, 'isets_operator', 'MEMBER') THEN
            EXECUTE format('GRANT isets_operator TO %I', r);
        END IF;
    END LOOP;
    IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'isets_login_admin') THEN
        ALTER ROLE isets_login_admin CREATEROLE;
    END IF;
    -- PostgreSQL 16 and later: a CREATEROLE role grants only the roles it administers.
    IF current_setting('server_version_num')::int >= 160000 THEN
        FOREACH r IN ARRAY ARRAY['isets_super_user', 'isets_wfd', 'isets_provider_manager', 'isets_billing', 'isets_program_manager', 'isets_provider_staff'] LOOP
            IF NOT EXISTS (SELECT FROM pg_auth_members m
                           WHERE m.roleid = to_regrole(r) AND m.member = to_regrole('isets_login_admin')
                             AND m.admin_option) THEN
                EXECUTE format('GRANT %I TO isets_login_admin WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', r);
            END IF;
        END LOOP;
    END IF;
END
$roles$;

-- Privileges in this database: operators reach the tables only through the policies
-- below; the audit log takes inserts only (H1).
DO $grants$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO isets_operator', current_schema());
END
$grants$;
GRANT SELECT ON _sqlx_migrations TO isets_operator;
GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, users, listings, locations, contracts, contract_goals, contract_versions, programs, program_activities, program_criteria, provider_services, appointment_sites, appointments, worksites, provider_audits, provider_notes, ies_batches, customers, customer_assignments, customer_history, customer_status_history, listing_locations, customer_team, customer_notes, assessments, assessment_screenings, assessment_barriers, customer_documents, document_contents, et_statuses, et_status_history, referrals, referral_versions, enrollments, ep_goals, activities, attendance, support_services, service_costs, cost_overrides, employments, employment_verifications, credentials, exits, earnfare_benefits, staffings, staffing_events, staffing_documents, staffing_customers, settings, service_caps, federal_components, calendar_days TO isets_operator;
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM isets_operator;
GRANT SELECT, INSERT ON audit_log TO isets_operator;
REVOKE TRUNCATE, REFERENCES, TRIGGER ON organizations, users, listings, locations, contracts, contract_goals, contract_versions, programs, program_activities, program_criteria, provider_services, appointment_sites, appointments, worksites, provider_audits, provider_notes, ies_batches, customers, customer_assignments, customer_history, customer_status_history, listing_locations, customer_team, customer_notes, assessments, assessment_screenings, assessment_barriers, customer_documents, document_contents, et_statuses, et_status_history, referrals, referral_versions, enrollments, ep_goals, activities, attendance, support_services, service_costs, cost_overrides, employments, employment_verifications, credentials, exits, earnfare_benefits, staffings, staffing_events, staffing_documents, staffing_customers, settings, service_caps, federal_components, calendar_days FROM isets_operator;
DO $sequences$
BEGIN
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO isets_operator', current_schema());
END
$sequences$;

-- The permission table of DOMAIN.md §1, for reading: (action, role, statewide). A role
-- without a row for an action has no grant; statewide false means its own providers
-- only. The policies below name, for each table, the roles these rows grant.
CREATE OR REPLACE FUNCTION isets_grants()
    RETURNS TABLE (action text, role text, everywhere boolean)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ VALUES
    ('manage-users', 'super-user', true),
    ('view-users', 'super-user', true),
    ('view-users', 'provider-manager', false),
    ('view-users', 'program-manager', false),
    ('view-organizations', 'super-user', true),
    ('view-organizations', 'wfd', true),
    ('view-organizations', 'provider-manager', false),
    ('view-organizations', 'billing', true),
    ('view-organizations', 'program-manager', false),
    ('view-organizations', 'provider-staff', false),
    ('add-provider', 'super-user', true),
    ('view-contracts', 'super-user', true),
    ('view-contracts', 'wfd', true),
    ('view-contracts', 'provider-manager', false),
    ('view-contracts', 'billing', true),
    ('view-contracts', 'program-manager', false),
    ('view-contracts', 'provider-staff', false),
    ('amend-contract', 'super-user', true),
    ('amend-contract', 'program-manager', false),
    ('edit-programs', 'super-user', true),
    ('edit-programs', 'wfd', true),
    ('edit-programs', 'provider-manager', false),
    ('edit-programs', 'program-manager', false),
    ('enable-services', 'super-user', true),
    ('enable-services', 'provider-manager', false),
    ('manage-sites', 'super-user', true),
    ('manage-sites', 'program-manager', false),
    ('import-ies', 'super-user', true),
    ('import-ies', 'wfd', true),
    ('create-customer', 'super-user', true),
    ('create-customer', 'wfd', true),
    ('create-customer', 'provider-manager', true),
    ('edit-snap-status', 'super-user', true),
    ('edit-snap-status', 'wfd', true),
    ('edit-snap-status', 'provider-manager', false),
    ('search-ies', 'super-user', true),
    ('search-ies', 'wfd', true),
    ('search-ies', 'provider-manager', false),
    ('search-ies', 'program-manager', false),
    ('search-ies', 'provider-staff', false),
    ('assessments', 'super-user', true),
    ('assessments', 'wfd', true),
    ('assessments', 'provider-manager', false),
    ('assessments', 'program-manager', false),
    ('assessments', 'provider-staff', false),
    ('send-referral', 'super-user', true),
    ('send-referral', 'wfd', true),
    ('send-provider-referral', 'super-user', true),
    ('send-provider-referral', 'program-manager', false),
    ('send-provider-referral', 'provider-staff', false),
    ('respond-referral', 'super-user', true),
    ('respond-referral', 'program-manager', false),
    ('respond-referral', 'provider-staff', false),
    ('respond-reverse-referral', 'super-user', true),
    ('respond-reverse-referral', 'wfd', true),
    ('case-work', 'super-user', true),
    ('case-work', 'program-manager', false),
    ('case-work', 'provider-staff', false),
    ('verify-attendance', 'super-user', true),
    ('verify-attendance', 'program-manager', false),
    ('verify-attendance', 'provider-staff', false),
    ('verify-employment', 'super-user', true),
    ('verify-employment', 'wfd', true),
    ('verify-employment', 'provider-manager', false),
    ('decide-override', 'super-user', true),
    ('decide-override', 'provider-manager', false),
    ('staffing-provider', 'super-user', true),
    ('staffing-provider', 'program-manager', false),
    ('staffing-provider', 'provider-staff', false),
    ('staffing-eligibility', 'super-user', true),
    ('staffing-eligibility', 'wfd', true),
    ('staffing-approve', 'super-user', true),
    ('staffing-approve', 'provider-manager', false),
    ('billing-submit', 'super-user', true),
    ('billing-submit', 'wfd', true),
    ('billing-submit', 'provider-manager', false),
    ('billing-approve', 'super-user', true),
    ('billing-approve', 'billing', true),
    ('reports', 'super-user', true),
    ('reports', 'wfd', true),
    ('reports', 'provider-manager', false),
    ('reports', 'billing', true),
    ('reports', 'program-manager', false),
    ('reports', 'provider-staff', false),
    ('read-audit', 'super-user', true),
    ('read-audit', 'provider-manager', false),
    ('read-audit', 'billing', true),
    ('verify-audit', 'super-user', true),
    ('verify-audit', 'billing', true),
    ('migrate-schema', 'super-user', true),
    ('provider-audits', 'super-user', true),
    ('provider-audits', 'provider-manager', false),
    ('provider-notes', 'super-user', true),
    ('provider-notes', 'wfd', true),
    ('provider-notes', 'provider-manager', false),
    ('provider-notes', 'program-manager', false),
    ('provider-notes', 'provider-staff', false),
    ('manage-calendar', 'super-user', true),
    ('manage-settings', 'super-user', true),
    ('set-earnfare-benefit', 'super-user', true),
    ('set-earnfare-benefit', 'wfd', true),
    ('set-earnfare-benefit', 'provider-manager', false)
$$;

-- The policies' helpers are dropped with the policies that call them (all made again
-- below, in this transaction), so a helper may change its signature between builds.
DROP FUNCTION IF EXISTS isets_me(), isets_my_orgs(), isets_everywhere(text[]),
    isets_orgs(text[]), isets_operator_listings(text),
    isets_ies_search(text, text, text, text, date), isets_ies_link(text, text, timestamptz),
    isets_locations(text[]), isets_team(text[]), isets_customer_find(text),
    isets_listed_user(text, bigint), isets_customer_add(text, text, text, text, date, text, text,
    text, text, text, text, text, date, date, boolean, text, timestamptz, text),
    isets_book_appointment(bigint), isets_referral_program(text, bigint),
    isets_audit_recipients(bigint)
    CASCADE;

-- The helpers run as the owner to read listings, but decide for the session's login
-- (session_user): current_user is the owner in here. session_user is compared as text
-- in the database's collation, so the index on users.username serves it (as a `name`,
-- collated "C", it would not, and each call would scan every user).
--
-- The organizations where the login has a listing in one of `roles`. Given the roles
-- the permission table lets do something statewide, any organization at all means
-- everywhere; given those that may do it on their own providers, these are the
-- providers. One function for both, so a new server session compiles and plans one
-- query, not several. A listing counts when it is active (U5), on IDHS
-- or on a provider with an SPCQ approval, a location and a contract (U2, P1), and
-- backed by membership of its role's group, which only a DBA or `--create-login`
-- grants. PL/pgSQL, so a session plans its queries once, not at every statement, and
-- one function for every policy, so a new server session compiles one: a command is a
-- new session, and the compilation is most of what the policies cost a short one.
CREATE OR REPLACE FUNCTION isets_orgs(roles text[]) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me bigint;
BEGIN
    SELECT u.id INTO me FROM users u
    WHERE u.username = CAST(session_user AS text) COLLATE "default";
    RETURN (SELECT coalesce(array_agg(DISTINCT l.organization_id), '{}') FROM listings l WHERE l.user_id = me AND l.removed_at IS NULL AND l.role = ANY (roles) AND to_regrole('isets_' || replace(l.role, '-', '_')) IS NOT NULL AND pg_has_role(session_user, to_regrole('isets_' || replace(l.role, '-', '_')), 'MEMBER') AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.organization_id AND (o.kind = 'idhs' OR (o.spcq_approved_on IS NOT NULL AND EXISTS (SELECT 1 FROM locations x WHERE x.organization_id = o.id) AND EXISTS (SELECT 1 FROM contracts x WHERE x.organization_id = o.id)))));
END
$$;

-- §1: the locations where the login has a listing in one of `roles`: all of the
-- provider's, or the ones a listing is limited to. Customers are reached through their
-- assignments at these locations.
CREATE OR REPLACE FUNCTION isets_locations(roles text[]) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me bigint;
BEGIN
    SELECT u.id INTO me FROM users u
    WHERE u.username = CAST(session_user AS text) COLLATE "default";
    RETURN (SELECT coalesce(array_agg(DISTINCT x.id), '{}')
            FROM (SELECT l.id, l.organization_id FROM listings l WHERE l.user_id = me AND l.removed_at IS NULL AND l.role = ANY (roles) AND to_regrole('isets_' || replace(l.role, '-', '_')) IS NOT NULL AND pg_has_role(session_user, to_regrole('isets_' || replace(l.role, '-', '_')), 'MEMBER') AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.organization_id AND (o.kind = 'idhs' OR (o.spcq_approved_on IS NOT NULL AND EXISTS (SELECT 1 FROM locations x WHERE x.organization_id = o.id) AND EXISTS (SELECT 1 FROM contracts x WHERE x.organization_id = o.id))))) k
            JOIN locations x ON x.organization_id = k.organization_id
            WHERE NOT EXISTS (SELECT 1 FROM listing_locations ll WHERE ll.listing_id = k.id)
               OR EXISTS (SELECT 1 FROM listing_locations ll
                          WHERE ll.listing_id = k.id AND ll.location_id = x.id));
END
$$;

-- K1: the customers whose Integrated Resource Team has the login, through a listing in
-- one of `roles` on the team's organization.
CREATE OR REPLACE FUNCTION isets_team(roles text[]) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me bigint;
BEGIN
    SELECT u.id INTO me FROM users u
    WHERE u.username = CAST(session_user AS text) COLLATE "default";
    RETURN (SELECT coalesce(array_agg(DISTINCT t.customer_id), '{}')
            FROM customer_team t
            WHERE t.user_id = me AND t.removed_at IS NULL
              AND t.organization_id IN (SELECT l.organization_id FROM listings l WHERE l.user_id = me AND l.removed_at IS NULL AND l.role = ANY (roles) AND to_regrole('isets_' || replace(l.role, '-', '_')) IS NOT NULL AND pg_has_role(session_user, to_regrole('isets_' || replace(l.role, '-', '_')), 'MEMBER') AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.organization_id AND (o.kind = 'idhs' OR (o.spcq_approved_on IS NOT NULL AND EXISTS (SELECT 1 FROM locations x WHERE x.organization_id = o.id) AND EXISTS (SELECT 1 FROM contracts x WHERE x.organization_id = o.id))))));
END
$$;

-- S5, K1: the id of the ISETS customer with this individual number, for the roles that
-- may assign customers: they assign people who are not within their reach yet, whom
-- the policies hide from them. Nothing else of the person is returned.
CREATE OR REPLACE FUNCTION isets_customer_find(number text) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT c.id FROM customers c
    WHERE c.individual_number = $1 AND c.in_isets_since IS NOT NULL
      AND cardinality(isets_orgs('{super-user,wfd,provider-manager,program-manager,provider-staff}')) > 0
$$;

-- S4: enters a person who is not in IES yet, for a pending case, with their status and
-- history, for the roles that may create customers (IDHS staff: a provider manager does
-- so before any of their providers has the person). Returns the new id, or NULL when
-- the individual number or the account email is in ISETS already.
CREATE OR REPLACE FUNCTION isets_customer_add(number text, case_no text, last text, first text,
        dob date, ssn text, mail text, phone text, street text, city text, zip text, county text,
        redetermination date, midpoint date, abawd boolean, office text, at timestamptz,
        hash text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    made bigint;
BEGIN
    IF cardinality(isets_orgs('{super-user,wfd,provider-manager}')) = 0 THEN
        RAISE EXCEPTION 'permission denied: creating a customer' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO customers (individual_number, case_number, last_name, first_name, date_of_birth,
        ssn_last4, email, phone, street, city, zip, county, snap_status, redetermination_date,
        midpoint_date, abawd, office, in_isets_since, account_email, entered_by_hand, row_hash,
        created_at, updated_at)
    VALUES (number, case_no, last, first, dob, ssn, mail, phone, street, city, zip, county, 'P',
        redetermination, midpoint, abawd, office, at, mail, true, hash, at, at)
    ON CONFLICT DO NOTHING
    RETURNING id INTO made;
    IF made IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO customer_status_history (customer_id, old_status, new_status, changed_by, changed_at)
    VALUES (made, NULL, 'P', session_user, at);
    INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at)
    VALUES (made, 'entered_by_hand', NULL, 'Y', session_user, at),
           (made, 'office', NULL, office, session_user, at);
    RETURN made;
END
$$;

-- K1: the id of the user with this username when they have an active listing on the
-- organization, for the roles that manage teams there (provider staff may not read the
-- users table).
CREATE OR REPLACE FUNCTION isets_listed_user(username text, organization bigint) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT u.id FROM users u
    WHERE u.username = $1
      AND EXISTS (SELECT 1 FROM listings l WHERE l.user_id = u.id AND l.organization_id = $2
                  AND l.removed_at IS NULL)
      AND (cardinality(isets_orgs('{super-user,wfd}')) > 0 OR $2 = ANY (isets_orgs('{provider-manager,program-manager,provider-staff}')))
$$;

-- The login's own active listings (none: one row without a listing; not a user: no row),
-- with what the binary needs to say whether each grants anything (U2, U5, P1): what the
-- policies let the login read of itself, in one statement that names no policy, so
-- identifying the operator plans no policy of four tables. Another login's name gives
-- nothing. SQL, not PL/pgSQL: it runs once per command.
CREATE OR REPLACE FUNCTION isets_operator_listings(login text)
    RETURNS TABLE (user_id bigint, organization_id bigint, organization text, kind text,
                   role text, spcq_approved_on date, complete boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT u.id, l.organization_id, o.name, o.kind, l.role, o.spcq_approved_on,
           EXISTS (SELECT 1 FROM locations x WHERE x.organization_id = o.id)
           AND EXISTS (SELECT 1 FROM contracts x WHERE x.organization_id = o.id)
    FROM users u
    LEFT JOIN listings l ON l.user_id = u.id AND l.removed_at IS NULL
    LEFT JOIN organizations o ON o.id = l.organization_id
    WHERE u.username = $1 COLLATE "default" AND $1 = CAST(session_user AS text)
    ORDER BY o.name, l.role
$$;

-- S1: the people of the IES extract that a search names exactly: first and last name
-- and at least one of individual number, case number and date of birth. Provider roles
-- search IES for people who are not their customers yet, whom the policies hide from
-- them; this is the one way they reach them, and only as S1 allows.
CREATE OR REPLACE FUNCTION isets_ies_search(first text, last text, number text, case_no text,
                                            dob date)
    RETURNS TABLE (id bigint, individual_number text, case_number text, last_name text,
                   first_name text, date_of_birth date, snap_status text,
                   redetermination_date date, in_isets boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT c.id, c.individual_number, c.case_number, c.last_name, c.first_name,
           c.date_of_birth, c.snap_status, c.redetermination_date, c.in_isets_since IS NOT NULL
    FROM customers c
    WHERE cardinality(isets_orgs('{super-user,wfd,provider-manager,program-manager,provider-staff}')) > 0
      AND c.last_name_key = lower(trim($2)) AND c.first_name_key = lower(trim($1))
      AND ($3 IS NOT NULL OR $4 IS NOT NULL OR $5 IS NOT NULL)
      AND ($3 IS NULL OR c.individual_number = $3)
      AND ($4 IS NULL OR c.case_number = $4)
      AND ($5 IS NULL OR c.date_of_birth = $5)
    ORDER BY c.individual_number
$$;

-- S3: makes the person with this individual number an ISETS customer with this account
-- email, with the change in their history. Answers `created ID`, `same` (their account
-- already), `taken` (another customer's account) or `other` (they have another account
-- email). For the roles that may search IES, as `isets_ies_search`.
CREATE OR REPLACE FUNCTION isets_ies_link(link_number text, link_email text, link_at timestamptz)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    holder text;
    linked bigint;
BEGIN
    IF cardinality(isets_orgs('{super-user,wfd,provider-manager,program-manager,provider-staff}')) = 0 THEN
        RAISE EXCEPTION 'permission denied: searching IES' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT c.individual_number INTO holder FROM customers c
    WHERE c.account_email_key = lower(link_email);
    IF holder IS NOT NULL THEN
        RETURN CASE WHEN holder = link_number THEN 'same' ELSE 'taken' END;
    END IF;
    UPDATE customers c SET in_isets_since = link_at, account_email = link_email, updated_at = link_at
    WHERE c.individual_number = link_number AND c.in_isets_since IS NULL
    RETURNING c.id INTO linked;
    IF linked IS NULL THEN
        RETURN 'other';
    END IF;
    INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at)
    VALUES (linked, 'account_email', NULL, link_email, session_user, link_at);
    RETURN 'created ' || linked;
END
$$;

-- P7, F2: books one opening of an intake appointment for a referral IDHS sends to a
-- provider; those who send it may not otherwise change the provider's schedule. True
-- when an opening was left: the test and the booking are one statement, so two
-- bookings never both take the last opening.
CREATE OR REPLACE FUNCTION isets_book_appointment(appointment bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF cardinality(isets_orgs('{super-user,wfd}')) = 0 THEN
        RAISE EXCEPTION 'permission denied: booking an intake appointment' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE appointments a SET booked = a.booked + 1
    WHERE a.id = appointment AND a.removed_at IS NULL AND a.booked < a.openings;
    RETURN FOUND;
END
$$;

-- F1: the receiving provider and program of a referral, for those who send one: a
-- provider's staff refer to another provider whose programs the policies hide from
-- them. The program's provider, its location and whether it was removed; nothing else.
CREATE OR REPLACE FUNCTION isets_referral_program(provider text, program bigint)
    RETURNS TABLE (organization_id bigint, organization text, location_id bigint, removed boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT o.id, o.name, p.location_id, p.removed_at IS NOT NULL
    FROM organizations o JOIN programs p ON p.organization_id = o.id
    WHERE o.name_key = lower(trim($1)) AND o.kind = 'provider' AND p.id = $2
      AND cardinality(isets_orgs('{super-user,wfd,program-manager,provider-staff}')) > 0
$$;

-- U6: each user's last recorded activity, for those who may view users (a provider's
-- managers review its users), though they may not read the audit log itself.
CREATE OR REPLACE FUNCTION isets_last_activity() RETURNS TABLE (operator text, at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT a.operator, max(a.at) FROM audit_log a
    WHERE cardinality(isets_orgs('{super-user}')) > 0
       OR a.operator IN (SELECT u.username FROM users u JOIN listings l ON l.user_id = u.id
                         WHERE l.organization_id = ANY (isets_orgs('{provider-manager,program-manager}')))
    GROUP BY a.operator
$$;

-- B9: whom a provider's data-audit findings go to: its program managers, copied to the
-- provider managers listed on it. For those who read the provider's reports: WFD,
-- billing and provider staff may not read the users table. Names and emails only.
CREATE OR REPLACE FUNCTION isets_audit_recipients(organization bigint)
    RETURNS TABLE (role text, username text, first_name text, last_name text, email text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT l.role, u.username, u.first_name, u.last_name, u.email
    FROM listings l JOIN users u ON u.id = l.user_id
    WHERE l.organization_id = $1 AND l.removed_at IS NULL
      AND l.role IN ('program-manager', 'provider-manager')
      AND (cardinality(isets_orgs('{super-user,wfd,billing}')) > 0 OR $1 = ANY (isets_orgs('{provider-manager,program-manager,provider-staff}')))
$$;

-- Whether anyone is an isets user yet: `db migrate` is open until then (policies hide
-- the other users from a login).
CREATE OR REPLACE FUNCTION isets_has_users() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT EXISTS (SELECT 1 FROM users) $$;

REVOKE ALL ON FUNCTION isets_has_users(), isets_last_activity(), isets_orgs(text[]),
    isets_operator_listings(text), isets_ies_search(text, text, text, text, date),
    isets_ies_link(text, text, timestamptz), isets_locations(text[]), isets_team(text[]),
    isets_customer_find(text), isets_listed_user(text, bigint),
    isets_customer_add(text, text, text, text, date, text, text, text, text, text, text, text,
    date, date, boolean, text, timestamptz, text), isets_book_appointment(bigint),
    isets_referral_program(text, bigint), isets_audit_recipients(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION isets_grants(), isets_has_users(), isets_last_activity(),
    isets_orgs(text[]), isets_operator_listings(text),
    isets_ies_search(text, text, text, text, date), isets_ies_link(text, text, timestamptz),
    isets_locations(text[]), isets_team(text[]), isets_customer_find(text),
    isets_listed_user(text, bigint),
    isets_customer_add(text, text, text, text, date, text, text, text, text, text, text, text,
    date, date, boolean, text, timestamptz, text), isets_book_appointment(bigint),
    isets_referral_program(text, bigint), isets_audit_recipients(bigint)
    TO isets_operator;

-- H1 on PostgreSQL: the database, not the inserter, links each record into the chain.
-- Under the chain lock it names the actor (the session's login), gives the record the
-- next id (so the chain's order is the ids' order) and computes prev_hash and hash as
-- the binary does (SHA-256 of the JSON array of the fields), so a direct INSERT can
-- neither forge nor fork the chain.
CREATE OR REPLACE FUNCTION isets_audit_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock(367501521);
    NEW.operator := session_user;
    NEW.id := nextval('audit_log_id_seq');
    SELECT a.hash INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.hash := encode(sha256(convert_to(
        '[' || to_json(to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
        || ',' || to_json(NEW.operator)::text
        || ',' || to_json(NEW.command)::text
        || ',' || to_json(NEW.action)::text
        || ',' || to_json(NEW.entity_kind)::text
        || ',' || to_json(NEW.entity_id)::text
        || ',' || coalesce(NEW.organization_id::text, 'null')
        || ',' || coalesce(to_json(NEW.before)::text, 'null')
        || ',' || coalesce(to_json(NEW.after)::text, 'null')
        || ',' || coalesce(to_json(NEW.reason)::text, 'null')
        || ',' || to_json(NEW.prev_hash)::text || ']', 'UTF8')), 'hex');
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION isets_audit_chain();

-- H1: the audit log is append-only for everyone, its owner included.
CREATE OR REPLACE FUNCTION isets_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'rule H1: the audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION isets_audit_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION isets_audit_append_only();

-- Row-level security, forced on the owner too. The owner's policy lets it (and the
-- helpers above, which run as the owner) through; it names the tables' owner, so an
-- operator's statement never evaluates it. Operators get the policies of the
-- permission table.
DO $owner$
DECLARE
    owner text := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('audit_log'));
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organizations', 'users', 'listings', 'locations', 'contracts', 'contract_goals', 'contract_versions', 'programs', 'program_activities', 'program_criteria', 'provider_services', 'appointment_sites', 'appointments', 'worksites', 'provider_audits', 'provider_notes', 'ies_batches', 'customers', 'customer_assignments', 'customer_history', 'customer_status_history', 'listing_locations', 'customer_team', 'customer_notes', 'assessments', 'assessment_screenings', 'assessment_barriers', 'customer_documents', 'document_contents', 'et_statuses', 'et_status_history', 'referrals', 'referral_versions', 'enrollments', 'ep_goals', 'activities', 'attendance', 'support_services', 'service_costs', 'cost_overrides', 'employments', 'employment_verifications', 'credentials', 'exits', 'earnfare_benefits', 'staffings', 'staffing_events', 'staffing_documents', 'staffing_customers', 'settings', 'service_caps', 'federal_components', 'calendar_days', 'audit_log'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS isets_owner ON %I', t);
        EXECUTE format('CREATE POLICY isets_owner ON %I TO %I USING (true) WITH CHECK (true)', t, owner);
    END LOOP;
END
$owner$;

-- organizations: read by view-organizations, view-contracts; changed by add-provider, manage-users.
DROP POLICY IF EXISTS isets_read ON organizations;
CREATE POLICY isets_read ON organizations FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON organizations;
DROP POLICY IF EXISTS isets_update ON organizations;
DROP POLICY IF EXISTS isets_delete ON organizations;
CREATE POLICY isets_insert ON organizations FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON organizations FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON organizations FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- users: read by view-users; changed by manage-users.
DROP POLICY IF EXISTS isets_read ON users;
CREATE POLICY isets_read ON users FOR SELECT TO isets_operator
    USING (username = CAST(session_user AS text) COLLATE "default" OR (SELECT cardinality(isets_orgs('{super-user}')) > 0) OR id IN (SELECT l.user_id FROM listings l WHERE l.organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON users;
DROP POLICY IF EXISTS isets_update ON users;
DROP POLICY IF EXISTS isets_delete ON users;
CREATE POLICY isets_insert ON users FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON users FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON users FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- listings: read by view-users; changed by manage-users.
DROP POLICY IF EXISTS isets_read ON listings;
CREATE POLICY isets_read ON listings FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON listings;
DROP POLICY IF EXISTS isets_update ON listings;
DROP POLICY IF EXISTS isets_delete ON listings;
CREATE POLICY isets_insert ON listings FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON listings FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON listings FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- locations: read by view-contracts; changed by manage-sites.
DROP POLICY IF EXISTS isets_read ON locations;
CREATE POLICY isets_read ON locations FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON locations;
DROP POLICY IF EXISTS isets_update ON locations;
DROP POLICY IF EXISTS isets_delete ON locations;
CREATE POLICY isets_insert ON locations FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON locations FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON locations FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- contracts: read by view-contracts; changed by add-provider, amend-contract.
DROP POLICY IF EXISTS isets_read ON contracts;
CREATE POLICY isets_read ON contracts FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON contracts;
DROP POLICY IF EXISTS isets_update ON contracts;
DROP POLICY IF EXISTS isets_delete ON contracts;
CREATE POLICY isets_insert ON contracts FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON contracts FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON contracts FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- contract_goals: read by view-contracts; changed by add-provider, amend-contract.
DROP POLICY IF EXISTS isets_read ON contract_goals;
CREATE POLICY isets_read ON contract_goals FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_goals.contract_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON contract_goals;
DROP POLICY IF EXISTS isets_update ON contract_goals;
DROP POLICY IF EXISTS isets_delete ON contract_goals;
CREATE POLICY isets_insert ON contract_goals FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_goals.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON contract_goals FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_goals.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_goals.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON contract_goals FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_goals.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- contract_versions: read by view-contracts; changed by amend-contract.
DROP POLICY IF EXISTS isets_read ON contract_versions;
CREATE POLICY isets_read ON contract_versions FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_versions.contract_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON contract_versions;
DROP POLICY IF EXISTS isets_update ON contract_versions;
DROP POLICY IF EXISTS isets_delete ON contract_versions;
CREATE POLICY isets_insert ON contract_versions FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_versions.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON contract_versions FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_versions.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_versions.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON contract_versions FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM contracts p WHERE p.id = contract_versions.contract_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- programs: read by view-contracts; changed by edit-programs.
DROP POLICY IF EXISTS isets_read ON programs;
CREATE POLICY isets_read ON programs FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON programs;
DROP POLICY IF EXISTS isets_update ON programs;
DROP POLICY IF EXISTS isets_delete ON programs;
CREATE POLICY isets_insert ON programs FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
CREATE POLICY isets_update ON programs FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON programs FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));

-- program_activities: read by view-contracts; changed by edit-programs.
DROP POLICY IF EXISTS isets_read ON program_activities;
CREATE POLICY isets_read ON program_activities FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_activities.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON program_activities;
DROP POLICY IF EXISTS isets_update ON program_activities;
DROP POLICY IF EXISTS isets_delete ON program_activities;
CREATE POLICY isets_insert ON program_activities FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_activities.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
CREATE POLICY isets_update ON program_activities FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_activities.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_activities.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON program_activities FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_activities.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));

-- program_criteria: read by view-contracts; changed by edit-programs.
DROP POLICY IF EXISTS isets_read ON program_criteria;
CREATE POLICY isets_read ON program_criteria FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_criteria.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON program_criteria;
DROP POLICY IF EXISTS isets_update ON program_criteria;
DROP POLICY IF EXISTS isets_delete ON program_criteria;
CREATE POLICY isets_insert ON program_criteria FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_criteria.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
CREATE POLICY isets_update ON program_criteria FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_criteria.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_criteria.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON program_criteria FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR (SELECT p.organization_id FROM programs p WHERE p.id = program_criteria.program_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));

-- provider_services: read by view-contracts; changed by enable-services.
DROP POLICY IF EXISTS isets_read ON provider_services;
CREATE POLICY isets_read ON provider_services FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON provider_services;
DROP POLICY IF EXISTS isets_update ON provider_services;
DROP POLICY IF EXISTS isets_delete ON provider_services;
CREATE POLICY isets_insert ON provider_services FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));
CREATE POLICY isets_update ON provider_services FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));
CREATE POLICY isets_delete ON provider_services FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));

-- appointment_sites: read by view-contracts; changed by manage-sites.
DROP POLICY IF EXISTS isets_read ON appointment_sites;
CREATE POLICY isets_read ON appointment_sites FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON appointment_sites;
DROP POLICY IF EXISTS isets_update ON appointment_sites;
DROP POLICY IF EXISTS isets_delete ON appointment_sites;
CREATE POLICY isets_insert ON appointment_sites FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON appointment_sites FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON appointment_sites FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- appointments: read by view-contracts; changed by manage-sites.
DROP POLICY IF EXISTS isets_read ON appointments;
CREATE POLICY isets_read ON appointments FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM appointment_sites p WHERE p.id = appointments.site_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON appointments;
DROP POLICY IF EXISTS isets_update ON appointments;
DROP POLICY IF EXISTS isets_delete ON appointments;
CREATE POLICY isets_insert ON appointments FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM appointment_sites p WHERE p.id = appointments.site_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON appointments FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM appointment_sites p WHERE p.id = appointments.site_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM appointment_sites p WHERE p.id = appointments.site_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON appointments FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM appointment_sites p WHERE p.id = appointments.site_id) = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- worksites: read by view-contracts; changed by manage-sites.
DROP POLICY IF EXISTS isets_read ON worksites;
CREATE POLICY isets_read ON worksites FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON worksites;
DROP POLICY IF EXISTS isets_update ON worksites;
DROP POLICY IF EXISTS isets_delete ON worksites;
CREATE POLICY isets_insert ON worksites FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_update ON worksites FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));
CREATE POLICY isets_delete ON worksites FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{program-manager}'))::bigint[]));

-- provider_audits: read by view-contracts; changed by provider-audits.
DROP POLICY IF EXISTS isets_read ON provider_audits;
CREATE POLICY isets_read ON provider_audits FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON provider_audits;
DROP POLICY IF EXISTS isets_update ON provider_audits;
DROP POLICY IF EXISTS isets_delete ON provider_audits;
CREATE POLICY isets_insert ON provider_audits FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));
CREATE POLICY isets_update ON provider_audits FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));
CREATE POLICY isets_delete ON provider_audits FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));

-- provider_notes: read by provider-notes; changed by provider-notes.
DROP POLICY IF EXISTS isets_read ON provider_notes;
CREATE POLICY isets_read ON provider_notes FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON provider_notes;
DROP POLICY IF EXISTS isets_update ON provider_notes;
DROP POLICY IF EXISTS isets_delete ON provider_notes;
CREATE POLICY isets_insert ON provider_notes FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_update ON provider_notes FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_delete ON provider_notes FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));

-- ies_batches: read by import-ies; changed by import-ies.
DROP POLICY IF EXISTS isets_read ON ies_batches;
CREATE POLICY isets_read ON ies_batches FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0));
DROP POLICY IF EXISTS isets_insert ON ies_batches;
DROP POLICY IF EXISTS isets_update ON ies_batches;
DROP POLICY IF EXISTS isets_delete ON ies_batches;
CREATE POLICY isets_insert ON ies_batches FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0));
CREATE POLICY isets_update ON ies_batches FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0));
CREATE POLICY isets_delete ON ies_batches FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0));

-- customers: read by search-ies, reports; changed by import-ies, edit-snap-status, search-ies.
DROP POLICY IF EXISTS isets_read ON customers;
CREATE POLICY isets_read ON customers FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR customers.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customers.id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customers.id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON customers;
DROP POLICY IF EXISTS isets_update ON customers;
DROP POLICY IF EXISTS isets_delete ON customers;
CREATE POLICY isets_insert ON customers FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customers.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customers.id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customers.id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON customers FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customers.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customers.id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customers.id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customers.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customers.id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customers.id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON customers FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customers.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customers.id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customers.id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- customer_assignments: read by search-ies, reports; changed by search-ies.
DROP POLICY IF EXISTS isets_read ON customer_assignments;
CREATE POLICY isets_read ON customer_assignments FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON customer_assignments;
DROP POLICY IF EXISTS isets_update ON customer_assignments;
DROP POLICY IF EXISTS isets_delete ON customer_assignments;
CREATE POLICY isets_insert ON customer_assignments FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_update ON customer_assignments FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_delete ON customer_assignments FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]));

-- customer_history: read by search-ies, reports; changed by import-ies, edit-snap-status, search-ies.
DROP POLICY IF EXISTS isets_read ON customer_history;
CREATE POLICY isets_read ON customer_history FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR customer_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON customer_history;
DROP POLICY IF EXISTS isets_update ON customer_history;
DROP POLICY IF EXISTS isets_delete ON customer_history;
CREATE POLICY isets_insert ON customer_history FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON customer_history FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON customer_history FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- customer_status_history: read by search-ies, reports; changed by import-ies, edit-snap-status, search-ies.
DROP POLICY IF EXISTS isets_read ON customer_status_history;
CREATE POLICY isets_read ON customer_status_history FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR customer_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_status_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON customer_status_history;
DROP POLICY IF EXISTS isets_update ON customer_status_history;
DROP POLICY IF EXISTS isets_delete ON customer_status_history;
CREATE POLICY isets_insert ON customer_status_history FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_status_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON customer_status_history FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_status_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_status_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON customer_status_history FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_status_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- listing_locations: read by view-users; changed by manage-users.
DROP POLICY IF EXISTS isets_read ON listing_locations;
CREATE POLICY isets_read ON listing_locations FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM listings p WHERE p.id = listing_locations.listing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON listing_locations;
DROP POLICY IF EXISTS isets_update ON listing_locations;
DROP POLICY IF EXISTS isets_delete ON listing_locations;
CREATE POLICY isets_insert ON listing_locations FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON listing_locations FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON listing_locations FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- customer_team: read by search-ies, reports; changed by search-ies.
DROP POLICY IF EXISTS isets_read ON customer_team;
CREATE POLICY isets_read ON customer_team FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR customer_team.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_team.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_team.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON customer_team;
DROP POLICY IF EXISTS isets_update ON customer_team;
DROP POLICY IF EXISTS isets_delete ON customer_team;
CREATE POLICY isets_insert ON customer_team FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_team.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_team.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_team.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON customer_team FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_team.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_team.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_team.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_team.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_team.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_team.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON customer_team FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_team.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_team.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_team.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- customer_notes: read by assessments; changed by assessments.
DROP POLICY IF EXISTS isets_read ON customer_notes;
CREATE POLICY isets_read ON customer_notes FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_notes.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_notes.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_notes.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON customer_notes;
DROP POLICY IF EXISTS isets_update ON customer_notes;
DROP POLICY IF EXISTS isets_delete ON customer_notes;
CREATE POLICY isets_insert ON customer_notes FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_notes.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_notes.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_notes.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON customer_notes FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_notes.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_notes.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_notes.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_notes.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_notes.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_notes.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON customer_notes FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_notes.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_notes.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_notes.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- assessments: read by assessments; changed by assessments.
DROP POLICY IF EXISTS isets_read ON assessments;
CREATE POLICY isets_read ON assessments FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON assessments;
DROP POLICY IF EXISTS isets_update ON assessments;
DROP POLICY IF EXISTS isets_delete ON assessments;
CREATE POLICY isets_insert ON assessments FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON assessments FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON assessments FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- assessment_screenings: read by assessments; changed by assessments.
DROP POLICY IF EXISTS isets_read ON assessment_screenings;
CREATE POLICY isets_read ON assessment_screenings FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_screenings.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_screenings.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_screenings.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON assessment_screenings;
DROP POLICY IF EXISTS isets_update ON assessment_screenings;
DROP POLICY IF EXISTS isets_delete ON assessment_screenings;
CREATE POLICY isets_insert ON assessment_screenings FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_screenings.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_screenings.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_screenings.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON assessment_screenings FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_screenings.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_screenings.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_screenings.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_screenings.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_screenings.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_screenings.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON assessment_screenings FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_screenings.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_screenings.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_screenings.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- assessment_barriers: read by assessments; changed by assessments.
DROP POLICY IF EXISTS isets_read ON assessment_barriers;
CREATE POLICY isets_read ON assessment_barriers FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_barriers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_barriers.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_barriers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON assessment_barriers;
DROP POLICY IF EXISTS isets_update ON assessment_barriers;
DROP POLICY IF EXISTS isets_delete ON assessment_barriers;
CREATE POLICY isets_insert ON assessment_barriers FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_barriers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_barriers.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_barriers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON assessment_barriers FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_barriers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_barriers.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_barriers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_barriers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_barriers.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_barriers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON assessment_barriers FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR assessment_barriers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR assessment_barriers.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR assessment_barriers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- customer_documents: read by assessments, case-work; changed by case-work.
DROP POLICY IF EXISTS isets_read ON customer_documents;
CREATE POLICY isets_read ON customer_documents FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR customer_documents.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR customer_documents.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR customer_documents.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON customer_documents;
DROP POLICY IF EXISTS isets_update ON customer_documents;
DROP POLICY IF EXISTS isets_delete ON customer_documents;
CREATE POLICY isets_insert ON customer_documents FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR customer_documents.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR customer_documents.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR customer_documents.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON customer_documents FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR customer_documents.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR customer_documents.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR customer_documents.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR customer_documents.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR customer_documents.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR customer_documents.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON customer_documents FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR customer_documents.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR customer_documents.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR customer_documents.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- document_contents: read by assessments, case-work; changed by case-work.
DROP POLICY IF EXISTS isets_read ON document_contents;
CREATE POLICY isets_read ON document_contents FOR SELECT TO isets_operator
    USING ((EXISTS (SELECT 1 FROM customer_documents r WHERE r.sha256 = document_contents.sha256) OR EXISTS (SELECT 1 FROM staffing_documents r WHERE r.sha256 = document_contents.sha256)) AND ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR cardinality((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]) > 0));
DROP POLICY IF EXISTS isets_insert ON document_contents;
DROP POLICY IF EXISTS isets_update ON document_contents;
DROP POLICY IF EXISTS isets_delete ON document_contents;
CREATE POLICY isets_insert ON document_contents FOR INSERT TO isets_operator
    WITH CHECK ((EXISTS (SELECT 1 FROM customer_documents r WHERE r.sha256 = document_contents.sha256) OR EXISTS (SELECT 1 FROM staffing_documents r WHERE r.sha256 = document_contents.sha256)) AND ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cardinality((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]) > 0));
CREATE POLICY isets_update ON document_contents FOR UPDATE TO isets_operator
    USING ((EXISTS (SELECT 1 FROM customer_documents r WHERE r.sha256 = document_contents.sha256) OR EXISTS (SELECT 1 FROM staffing_documents r WHERE r.sha256 = document_contents.sha256)) AND ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cardinality((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]) > 0))
    WITH CHECK ((EXISTS (SELECT 1 FROM customer_documents r WHERE r.sha256 = document_contents.sha256) OR EXISTS (SELECT 1 FROM staffing_documents r WHERE r.sha256 = document_contents.sha256)) AND ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cardinality((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]) > 0));
CREATE POLICY isets_delete ON document_contents FOR DELETE TO isets_operator
    USING ((EXISTS (SELECT 1 FROM customer_documents r WHERE r.sha256 = document_contents.sha256) OR EXISTS (SELECT 1 FROM staffing_documents r WHERE r.sha256 = document_contents.sha256)) AND ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cardinality((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]) > 0));

-- et_statuses: read by search-ies, reports; changed by case-work, send-referral, send-provider-referral, respond-referral, respond-reverse-referral.
DROP POLICY IF EXISTS isets_read ON et_statuses;
CREATE POLICY isets_read ON et_statuses FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR et_statuses.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR et_statuses.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR et_statuses.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON et_statuses;
DROP POLICY IF EXISTS isets_update ON et_statuses;
DROP POLICY IF EXISTS isets_delete ON et_statuses;
CREATE POLICY isets_insert ON et_statuses FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_statuses.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_statuses.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_statuses.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON et_statuses FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_statuses.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_statuses.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_statuses.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_statuses.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_statuses.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_statuses.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON et_statuses FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_statuses.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_statuses.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_statuses.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- et_status_history: read by search-ies, reports; changed by case-work, send-referral, send-provider-referral, respond-referral, respond-reverse-referral.
DROP POLICY IF EXISTS isets_read ON et_status_history;
CREATE POLICY isets_read ON et_status_history FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR et_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR et_status_history.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR et_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON et_status_history;
DROP POLICY IF EXISTS isets_update ON et_status_history;
DROP POLICY IF EXISTS isets_delete ON et_status_history;
CREATE POLICY isets_insert ON et_status_history FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_status_history.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON et_status_history FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_status_history.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_status_history.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON et_status_history FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR et_status_history.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR et_status_history.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR et_status_history.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- referrals: read by reports; changed by send-referral, send-provider-referral, respond-referral, respond-reverse-referral.
DROP POLICY IF EXISTS isets_read ON referrals;
CREATE POLICY isets_read ON referrals FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON referrals;
DROP POLICY IF EXISTS isets_update ON referrals;
DROP POLICY IF EXISTS isets_delete ON referrals;
CREATE POLICY isets_insert ON referrals FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_update ON referrals FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_delete ON referrals FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]));

-- referral_versions: read by reports; changed by send-referral, send-provider-referral, respond-referral, respond-reverse-referral.
DROP POLICY IF EXISTS isets_read ON referral_versions;
CREATE POLICY isets_read ON referral_versions FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR referral_versions.referral_id IN (SELECT r.id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON referral_versions;
DROP POLICY IF EXISTS isets_update ON referral_versions;
DROP POLICY IF EXISTS isets_delete ON referral_versions;
CREATE POLICY isets_insert ON referral_versions FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR referral_versions.referral_id IN (SELECT r.id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON referral_versions FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR referral_versions.referral_id IN (SELECT r.id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR referral_versions.referral_id IN (SELECT r.id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON referral_versions FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR referral_versions.referral_id IN (SELECT r.id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- enrollments: read by search-ies, reports; changed by case-work.
DROP POLICY IF EXISTS isets_read ON enrollments;
CREATE POLICY isets_read ON enrollments FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR enrollments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR enrollments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR enrollments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON enrollments;
DROP POLICY IF EXISTS isets_update ON enrollments;
DROP POLICY IF EXISTS isets_delete ON enrollments;
CREATE POLICY isets_insert ON enrollments FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR enrollments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR enrollments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR enrollments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON enrollments FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR enrollments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR enrollments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR enrollments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR enrollments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR enrollments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR enrollments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON enrollments FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR enrollments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR enrollments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR enrollments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- ep_goals: read by assessments, case-work, reports; changed by case-work.
DROP POLICY IF EXISTS isets_read ON ep_goals;
CREATE POLICY isets_read ON ep_goals FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR ep_goals.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR ep_goals.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR ep_goals.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON ep_goals;
DROP POLICY IF EXISTS isets_update ON ep_goals;
DROP POLICY IF EXISTS isets_delete ON ep_goals;
CREATE POLICY isets_insert ON ep_goals FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR ep_goals.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR ep_goals.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR ep_goals.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON ep_goals FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR ep_goals.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR ep_goals.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR ep_goals.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR ep_goals.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR ep_goals.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR ep_goals.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON ep_goals FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR ep_goals.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR ep_goals.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR ep_goals.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- activities: read by assessments, case-work, reports; changed by case-work.
DROP POLICY IF EXISTS isets_read ON activities;
CREATE POLICY isets_read ON activities FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR activities.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR activities.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR activities.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON activities;
DROP POLICY IF EXISTS isets_update ON activities;
DROP POLICY IF EXISTS isets_delete ON activities;
CREATE POLICY isets_insert ON activities FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR activities.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR activities.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR activities.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON activities FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR activities.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR activities.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR activities.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR activities.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR activities.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR activities.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON activities FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR activities.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR activities.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR activities.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- attendance: read by assessments, case-work, reports; changed by case-work, verify-attendance.
DROP POLICY IF EXISTS isets_read ON attendance;
CREATE POLICY isets_read ON attendance FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR attendance.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR attendance.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR attendance.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON attendance;
DROP POLICY IF EXISTS isets_update ON attendance;
DROP POLICY IF EXISTS isets_delete ON attendance;
CREATE POLICY isets_insert ON attendance FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR attendance.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR attendance.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR attendance.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON attendance FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR attendance.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR attendance.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR attendance.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR attendance.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR attendance.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR attendance.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON attendance FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR attendance.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR attendance.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR attendance.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- support_services: read by assessments, case-work, reports; changed by case-work.
DROP POLICY IF EXISTS isets_read ON support_services;
CREATE POLICY isets_read ON support_services FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR support_services.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR support_services.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR support_services.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON support_services;
DROP POLICY IF EXISTS isets_update ON support_services;
DROP POLICY IF EXISTS isets_delete ON support_services;
CREATE POLICY isets_insert ON support_services FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR support_services.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR support_services.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR support_services.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON support_services FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR support_services.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR support_services.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR support_services.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR support_services.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR support_services.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR support_services.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON support_services FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR support_services.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR support_services.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR support_services.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- service_costs: read by assessments, case-work, reports, decide-override; changed by case-work, decide-override.
DROP POLICY IF EXISTS isets_read ON service_costs;
CREATE POLICY isets_read ON service_costs FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR service_costs.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR service_costs.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR service_costs.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON service_costs;
DROP POLICY IF EXISTS isets_update ON service_costs;
DROP POLICY IF EXISTS isets_delete ON service_costs;
CREATE POLICY isets_insert ON service_costs FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR service_costs.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR service_costs.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR service_costs.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON service_costs FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR service_costs.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR service_costs.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR service_costs.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR service_costs.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR service_costs.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR service_costs.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON service_costs FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR service_costs.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR service_costs.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR service_costs.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- cost_overrides: read by case-work, reports, decide-override; changed by case-work, decide-override.
DROP POLICY IF EXISTS isets_read ON cost_overrides;
CREATE POLICY isets_read ON cost_overrides FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR cost_overrides.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR cost_overrides.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR cost_overrides.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON cost_overrides;
DROP POLICY IF EXISTS isets_update ON cost_overrides;
DROP POLICY IF EXISTS isets_delete ON cost_overrides;
CREATE POLICY isets_insert ON cost_overrides FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cost_overrides.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR cost_overrides.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR cost_overrides.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON cost_overrides FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cost_overrides.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR cost_overrides.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR cost_overrides.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cost_overrides.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR cost_overrides.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR cost_overrides.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON cost_overrides FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR cost_overrides.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR cost_overrides.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR cost_overrides.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- employments: read by assessments, case-work, reports, verify-employment; changed by case-work.
DROP POLICY IF EXISTS isets_read ON employments;
CREATE POLICY isets_read ON employments FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR employments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR employments.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR employments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON employments;
DROP POLICY IF EXISTS isets_update ON employments;
DROP POLICY IF EXISTS isets_delete ON employments;
CREATE POLICY isets_insert ON employments FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR employments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR employments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR employments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON employments FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR employments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR employments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR employments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR employments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR employments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR employments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON employments FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR employments.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR employments.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR employments.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- employment_verifications: read by assessments, case-work, reports, verify-employment; changed by case-work, verify-employment.
DROP POLICY IF EXISTS isets_read ON employment_verifications;
CREATE POLICY isets_read ON employment_verifications FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR employment_verifications.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR employment_verifications.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR employment_verifications.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON employment_verifications;
DROP POLICY IF EXISTS isets_update ON employment_verifications;
DROP POLICY IF EXISTS isets_delete ON employment_verifications;
CREATE POLICY isets_insert ON employment_verifications FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR employment_verifications.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR employment_verifications.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR employment_verifications.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON employment_verifications FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR employment_verifications.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR employment_verifications.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR employment_verifications.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR employment_verifications.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR employment_verifications.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR employment_verifications.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON employment_verifications FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR employment_verifications.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR employment_verifications.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR employment_verifications.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));

-- credentials: read by assessments, case-work, reports; changed by case-work.
DROP POLICY IF EXISTS isets_read ON credentials;
CREATE POLICY isets_read ON credentials FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR credentials.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR credentials.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR credentials.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON credentials;
DROP POLICY IF EXISTS isets_update ON credentials;
DROP POLICY IF EXISTS isets_delete ON credentials;
CREATE POLICY isets_insert ON credentials FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR credentials.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR credentials.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR credentials.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON credentials FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR credentials.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR credentials.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR credentials.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR credentials.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR credentials.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR credentials.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON credentials FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR credentials.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR credentials.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR credentials.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- exits: read by search-ies, reports; changed by case-work.
DROP POLICY IF EXISTS isets_read ON exits;
CREATE POLICY isets_read ON exits FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR exits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR exits.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR exits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON exits;
DROP POLICY IF EXISTS isets_update ON exits;
DROP POLICY IF EXISTS isets_delete ON exits;
CREATE POLICY isets_insert ON exits FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR exits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR exits.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR exits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON exits FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR exits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR exits.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR exits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR exits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR exits.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR exits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON exits FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR exits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR exits.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR exits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- earnfare_benefits: read by search-ies, reports; changed by set-earnfare-benefit, send-referral.
DROP POLICY IF EXISTS isets_read ON earnfare_benefits;
CREATE POLICY isets_read ON earnfare_benefits FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR earnfare_benefits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR earnfare_benefits.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR earnfare_benefits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON earnfare_benefits;
DROP POLICY IF EXISTS isets_update ON earnfare_benefits;
DROP POLICY IF EXISTS isets_delete ON earnfare_benefits;
CREATE POLICY isets_insert ON earnfare_benefits FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR earnfare_benefits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])) OR earnfare_benefits.customer_id = ANY ((SELECT isets_team('{provider-manager}'))::bigint[]) OR earnfare_benefits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])));
CREATE POLICY isets_update ON earnfare_benefits FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR earnfare_benefits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])) OR earnfare_benefits.customer_id = ANY ((SELECT isets_team('{provider-manager}'))::bigint[]) OR earnfare_benefits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR earnfare_benefits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])) OR earnfare_benefits.customer_id = ANY ((SELECT isets_team('{provider-manager}'))::bigint[]) OR earnfare_benefits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])));
CREATE POLICY isets_delete ON earnfare_benefits FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR earnfare_benefits.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])) OR earnfare_benefits.customer_id = ANY ((SELECT isets_team('{provider-manager}'))::bigint[]) OR earnfare_benefits.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager}'))::bigint[])));

-- staffings: read by reports, staffing-provider, staffing-eligibility, staffing-approve, billing-submit, billing-approve; changed by staffing-provider, staffing-eligibility, staffing-approve, billing-submit, billing-approve.
DROP POLICY IF EXISTS isets_read ON staffings;
CREATE POLICY isets_read ON staffings FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON staffings;
DROP POLICY IF EXISTS isets_update ON staffings;
DROP POLICY IF EXISTS isets_delete ON staffings;
CREATE POLICY isets_insert ON staffings FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_update ON staffings FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_delete ON staffings FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));

-- staffing_events: read by reports, staffing-provider, staffing-eligibility, staffing-approve, billing-submit, billing-approve; changed by staffing-provider, staffing-eligibility, staffing-approve, billing-submit, billing-approve.
DROP POLICY IF EXISTS isets_read ON staffing_events;
CREATE POLICY isets_read ON staffing_events FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_events.staffing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON staffing_events;
DROP POLICY IF EXISTS isets_update ON staffing_events;
DROP POLICY IF EXISTS isets_delete ON staffing_events;
CREATE POLICY isets_insert ON staffing_events FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_events.staffing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_update ON staffing_events FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_events.staffing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_events.staffing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_delete ON staffing_events FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_events.staffing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));

-- staffing_documents: read by reports, staffing-provider, staffing-eligibility, staffing-approve, billing-submit, billing-approve; changed by staffing-provider.
DROP POLICY IF EXISTS isets_read ON staffing_documents;
CREATE POLICY isets_read ON staffing_documents FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_documents.staffing_id) = ANY ((SELECT isets_orgs('{provider-manager,program-manager,provider-staff}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON staffing_documents;
DROP POLICY IF EXISTS isets_update ON staffing_documents;
DROP POLICY IF EXISTS isets_delete ON staffing_documents;
CREATE POLICY isets_insert ON staffing_documents FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_documents.staffing_id) = ANY ((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_update ON staffing_documents FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_documents.staffing_id) = ANY ((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_documents.staffing_id) = ANY ((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]));
CREATE POLICY isets_delete ON staffing_documents FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0) OR (SELECT p.organization_id FROM staffings p WHERE p.id = staffing_documents.staffing_id) = ANY ((SELECT isets_orgs('{program-manager,provider-staff}'))::bigint[]));

-- staffing_customers: read by reports, staffing-provider, staffing-eligibility, staffing-approve, billing-submit, billing-approve; changed by staffing-provider, staffing-eligibility.
DROP POLICY IF EXISTS isets_read ON staffing_customers;
CREATE POLICY isets_read ON staffing_customers FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd,billing}')) > 0) OR staffing_customers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])) OR staffing_customers.customer_id = ANY ((SELECT isets_team('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR staffing_customers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{provider-manager,program-manager,provider-staff}'))::bigint[])));
DROP POLICY IF EXISTS isets_insert ON staffing_customers;
DROP POLICY IF EXISTS isets_update ON staffing_customers;
DROP POLICY IF EXISTS isets_delete ON staffing_customers;
CREATE POLICY isets_insert ON staffing_customers FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR staffing_customers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR staffing_customers.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR staffing_customers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_update ON staffing_customers FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR staffing_customers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR staffing_customers.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR staffing_customers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR staffing_customers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR staffing_customers.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR staffing_customers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));
CREATE POLICY isets_delete ON staffing_customers FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,wfd}')) > 0) OR staffing_customers.customer_id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])) OR staffing_customers.customer_id = ANY ((SELECT isets_team('{program-manager,provider-staff}'))::bigint[]) OR staffing_customers.customer_id IN (SELECT r.customer_id FROM referrals r WHERE r.to_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[]) OR r.from_location_id = ANY ((SELECT isets_locations('{program-manager,provider-staff}'))::bigint[])));

-- settings: read by every operator; changed by manage-settings.
DROP POLICY IF EXISTS isets_read ON settings;
CREATE POLICY isets_read ON settings FOR SELECT TO isets_operator
    USING (true);
DROP POLICY IF EXISTS isets_insert ON settings;
DROP POLICY IF EXISTS isets_update ON settings;
DROP POLICY IF EXISTS isets_delete ON settings;
CREATE POLICY isets_insert ON settings FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON settings FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON settings FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- service_caps: read by every operator; changed by manage-settings.
DROP POLICY IF EXISTS isets_read ON service_caps;
CREATE POLICY isets_read ON service_caps FOR SELECT TO isets_operator
    USING (true);
DROP POLICY IF EXISTS isets_insert ON service_caps;
DROP POLICY IF EXISTS isets_update ON service_caps;
DROP POLICY IF EXISTS isets_delete ON service_caps;
CREATE POLICY isets_insert ON service_caps FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON service_caps FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON service_caps FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- federal_components: read by every operator; changed by manage-settings.
DROP POLICY IF EXISTS isets_read ON federal_components;
CREATE POLICY isets_read ON federal_components FOR SELECT TO isets_operator
    USING (true);
DROP POLICY IF EXISTS isets_insert ON federal_components;
DROP POLICY IF EXISTS isets_update ON federal_components;
DROP POLICY IF EXISTS isets_delete ON federal_components;
CREATE POLICY isets_insert ON federal_components FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON federal_components FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON federal_components FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- calendar_days: read by every operator; changed by manage-calendar.
DROP POLICY IF EXISTS isets_read ON calendar_days;
CREATE POLICY isets_read ON calendar_days FOR SELECT TO isets_operator
    USING (true);
DROP POLICY IF EXISTS isets_insert ON calendar_days;
DROP POLICY IF EXISTS isets_update ON calendar_days;
DROP POLICY IF EXISTS isets_delete ON calendar_days;
CREATE POLICY isets_insert ON calendar_days FOR INSERT TO isets_operator
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_update ON calendar_days FOR UPDATE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0))
    WITH CHECK ((SELECT cardinality(isets_orgs('{super-user}')) > 0));
CREATE POLICY isets_delete ON calendar_days FOR DELETE TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user}')) > 0));

-- audit_log: read by read-audit; every login appends, nobody changes.
DROP POLICY IF EXISTS isets_read ON audit_log;
CREATE POLICY isets_read ON audit_log FOR SELECT TO isets_operator
    USING ((SELECT cardinality(isets_orgs('{super-user,billing}')) > 0) OR organization_id = ANY ((SELECT isets_orgs('{provider-manager}'))::bigint[]));
DROP POLICY IF EXISTS isets_insert ON audit_log;
DROP POLICY IF EXISTS isets_update ON audit_log;
DROP POLICY IF EXISTS isets_delete ON audit_log;
CREATE POLICY isets_insert ON audit_log FOR INSERT TO isets_operator
    WITH CHECK (true);

-- Helpers of earlier setups that no policy uses any more.
DROP FUNCTION IF EXISTS isets_is_owner();
DROP FUNCTION IF EXISTS isets_listed(text[]);

COMMENT ON FUNCTION isets_grants() IS 'isets setup 3c35547e4a91010e09c1dc3bad12637b216121d3b5a7d1530bac54172df76ebe';
