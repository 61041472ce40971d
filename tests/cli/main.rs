//! Integration tests: the real binary against real databases, every test on SQLite and
//! on PostgreSQL.

mod pg_cluster;
mod records;
mod support;

mod activities;
mod apply;
mod assessments;
mod audit;
mod calendar;
mod concurrency;
mod config;
mod credentials;
mod customer_record;
mod customers;
mod dashboard;
mod db;
mod documents;
mod earnfare;
mod employment;
mod enrollment;
mod et_status;
mod exits;
mod fns583;
mod generated;
mod hardening;
mod ies;
mod init;
mod output;
mod outputs_whole;
mod pg_roles;
mod pptt;
mod prompts;
mod providers;
mod referrals;
mod reports;
mod roles;
mod schema;
mod services;
mod staffing;
mod statements;
mod users;
