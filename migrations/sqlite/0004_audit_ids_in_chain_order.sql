-- H1: on PostgreSQL the chain trigger now gives each audit record its id under the
-- chain lock. SQLite writers already hold the database's write lock from
-- `BEGIN IMMEDIATE`, so ids are handed out in chain order: nothing changes here.
SELECT 1;
