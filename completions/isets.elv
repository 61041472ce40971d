
use builtin;
use str;

set edit:completion:arg-completer[isets] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'isets'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'isets'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the schema, the organization IDHS and the first super user'
            cand db 'Database schema: migrate, status and check'
            cand user 'User accounts and their listings (U1–U6)'
            cand org 'Organizations: IDHS and the providers'
            cand provider 'Provider agencies'
            cand customer 'Customers: find them in IES, enter, assign and search them, their record and team'
            cand note 'Case notes on customers'
            cand document 'Documents attached to customers, such as the signed Employment Plan (E8)'
            cand calendar 'The business-day calendar deadlines are counted on: closures and holidays (F7)'
            cand assessment 'Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)'
            cand referral 'Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)'
            cand enroll 'Enroll a customer in a provider''s program, with the default goal and planned activities (N1–N6)'
            cand ep 'The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)'
            cand activity 'Activities of a customer''s Employment Plan: add, start, close, delete, extend (E2–E6)'
            cand exit 'Exit a customer from a provider''s program (X1–X3, X6)'
            cand unexit 'Take back an exit on employment of 20+ hours a week found within 60 days (X4)'
            cand attendance 'Weekly attendance of started activities, and its verification (E7)'
            cand service 'Support services of a customer''s plan and their costs (E1, E3, V1–V5, V7)'
            cand override 'Cost overrides past a support-service maximum: list, accept, reject (V4, V6)'
            cand caps 'Support-service maximums per customer and fiscal year (V3)'
            cand earnfare 'Earnfare participation: the benefit amount, work hours and stipend (R1, R2)'
            cand settings 'Statewide settings the rules read: the Earnfare figures (R1, R2)'
            cand federal-component 'The federal E&T component each activity is reported under on the FNS-583 (G3)'
            cand employment 'Employment, its Job Retention and retention checks (M1–M5)'
            cand staffing 'A provider program''s monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)'
            cand billing 'The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)'
            cand credential 'Credentials a customer earned (C1)'
            cand dashboard 'The dashboard: per provider, the year''s counts against contract goals, referrals, redeterminations and what needs doing (D1–D4); --list shows what a count counted'
            cand ies 'The IES extract: import it, list the imports (format: man 5 isets-ies)'
            cand apply 'Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)'
            cand plan 'Show what `isets apply FILE` would change (exit 1 when changes are pending)'
            cand report 'Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)'
            cand audit 'The audit log: list it, verify its chain, print its head'
            cand config 'Configuration'
            cand generate 'Generate shell completions and man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;init'= {
            cand --super-user 'Username of the first super user (on PostgreSQL, their database login)'
            cand --first 'First name (U1)'
            cand --last 'Last name (U1)'
            cand --email 'Email (U1)'
            cand --dob 'Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --create-login 'PostgreSQL: create the user''s database login if missing and grant the group roles of their listings (needs membership of isets_login_admin, which super users'' logins get)'
            cand --print-sql 'PostgreSQL: change no login; print the SQL that creates it or brings its group roles in step with the listings, for a DBA to run'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;db'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Apply pending schema migrations (creates a SQLite database if there is none)'
            cand status 'List applied and pending migrations'
            cand check 'Check that every statement of this build prepares against the database''s schema'
            cand setup 'Set up PostgreSQL''s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log'
            cand check-roles 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;db;migrate'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Only list the migrations that would be applied'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;db;status'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;db;check'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;db;setup'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Print the SQL instead of running it'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;db;check-roles'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;db;help'= {
            cand migrate 'Apply pending schema migrations (creates a SQLite database if there is none)'
            cand status 'List applied and pending migrations'
            cand check 'Check that every statement of this build prepares against the database''s schema'
            cand setup 'Set up PostgreSQL''s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log'
            cand check-roles 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;db;help;migrate'= {
        }
        &'isets;db;help;status'= {
        }
        &'isets;db;help;check'= {
        }
        &'isets;db;help;setup'= {
        }
        &'isets;db;help;check-roles'= {
        }
        &'isets;db;help;help'= {
        }
        &'isets;user'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user with a listing; an existing account for the same person is reused (U1–U4)'
            cand remove 'Remove one listing or all of them; the account and its history stay (U5)'
            cand list 'List users with their listings and last activity (U6)'
            cand show 'Show one user with every listing, past and present'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;user;add'= {
            cand --first 'First name (U1)'
            cand --last 'Last name (U1)'
            cand --email 'Email (U1)'
            cand --dob 'Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)'
            cand --org 'Organization to list the user on: IDHS or a provider''s name'
            cand --role 'Role on that organization'
            cand --access-request 'Reference of the signed access request, form IL444-2022 (provider users, U3)'
            cand --manager-request 'Reference of the manager''s written request (IDHS staff, U3)'
            cand --authorized-by 'Who authorized the access (U3)'
            cand --location 'Limit the listing to this location of the provider (repeatable); without it the listing covers all of the provider''s locations and their customers (§1)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -y 'Add the listing even when the person''s account is listed with another organization (U4)'
            cand --yes 'Add the listing even when the person''s account is listed with another organization (U4)'
            cand --create-login 'PostgreSQL: create the user''s database login if missing and grant the group roles of their listings (needs membership of isets_login_admin, which super users'' logins get)'
            cand --print-sql 'PostgreSQL: change no login; print the SQL that creates it or brings its group roles in step with the listings, for a DBA to run'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;user;remove'= {
            cand --org 'Organization of the listing to remove (with --role)'
            cand --role 'Role of the listing to remove (with --org)'
            cand --requested-by 'Username of the authorized representative who asked for the removal (U5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --all 'Remove every listing'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --print-sql 'PostgreSQL: change no login; print the SQL that revokes the group roles (and with --all disables the login), for a DBA to run'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;user;list'= {
            cand --org 'Only listings on this organization'
            cand --role 'Only listings with this role'
            cand --stale 'Only users with no recorded activity in this many days (U6 review)'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --all 'Include removed listings'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;user;show'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;user;help'= {
            cand add 'Add a user with a listing; an existing account for the same person is reused (U1–U4)'
            cand remove 'Remove one listing or all of them; the account and its history stay (U5)'
            cand list 'List users with their listings and last activity (U6)'
            cand show 'Show one user with every listing, past and present'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;user;help;add'= {
        }
        &'isets;user;help;remove'= {
        }
        &'isets;user;help;list'= {
        }
        &'isets;user;help;show'= {
        }
        &'isets;user;help;help'= {
        }
        &'isets;org'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List organizations (IDHS and providers) within the operator''s reach'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;org;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;org;help'= {
            cand list 'List organizations (IDHS and providers) within the operator''s reach'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;org;help;list'= {
        }
        &'isets;org;help;help'= {
        }
        &'isets;provider'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)'
            cand set-spcq 'Record a provider''s SPCQ approval date, or mark it pending again (U2)'
            cand list 'List providers within the operator''s reach'
            cand show 'Show a provider: contracts, goals, locations, programs, services, users'
            cand add-location 'Add a location where the provider serves customers (P1)'
            cand locations 'List a provider''s locations'
            cand add-contract 'Add an executed contract with its goals (P2)'
            cand amend-contract 'Amend a contract; the earlier version is kept (P2)'
            cand contracts 'List a provider''s contracts; --history adds every earlier version (P2)'
            cand add-program 'Add an E&T program under a contract and location (P3, P4)'
            cand remove-program 'Remove a program of the current or a future fiscal year (P6)'
            cand programs 'List a provider''s programs'
            cand program 'Show one program with its activities and criteria'
            cand services 'Show, enable or disable the activities and services used on career plans (P5)'
            cand add-appointment-site 'Add an appointment site (P7)'
            cand appointment-sites 'List appointment sites'
            cand add-appointment 'Schedule appointments at a site, optionally every week (P7)'
            cand appointments 'List scheduled appointments'
            cand add-worksite 'Add a worksite for work experience, Earnfare or OJT (P7)'
            cand worksites 'List worksites'
            cand add-audit 'Record a periodic audit of the provider (P7)'
            cand audits 'List a provider''s audits'
            cand add-note 'Add a provider case note (about the agency, not a customer) (P7)'
            cand notes 'List provider case notes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;provider;add'= {
            cand --spcq-approved-on 'Date the Security and Privacy Controls Questionnaire was approved (today or earlier)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --spcq-pending 'The SPCQ is not approved yet: record the provider without one (U2)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;set-spcq'= {
            cand --approved-on 'Date the SPCQ was approved (today or earlier)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --pending 'No approved SPCQ on file: its users can do nothing until one is'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;list'= {
            cand --name 'Name contains this text'
            cand --program 'Has a contract for this program'
            cand --county 'Has a location in this county'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;show'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-location'= {
            cand --name 'Location name (unique for the provider)'
            cand --address 'Street address'
            cand --county 'County'
            cand --dhs-office 'IDHS office (Family Community Resource Center) serving it'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;locations'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-contract'= {
            cand --number 'Contract number, e.g. FCSABC123 (unique)'
            cand --program 'Program offered'
            cand --start 'Start date'
            cand --end 'End date (on or after the start)'
            cand --amount 'Dollar amount, two decimals at most (V5)'
            cand --goal 'Measurable goal, CATEGORY=N (enrolled, active, employed, retained-90-days, credentials, completed-activity, exits)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;amend-contract'= {
            cand --program 'New program offered'
            cand --start 'New start date'
            cand --end 'New end date'
            cand --amount 'New dollar amount, two decimals at most (V5)'
            cand --goal 'Set a goal, CATEGORY=N; other goals are kept'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;contracts'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --history 'Include earlier versions of amended contracts'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-program'= {
            cand --contract 'Contract number it belongs to'
            cand --location 'Location name where it is administered'
            cand --type 'Program type'
            cand --fiscal-year 'Fiscal year, FY25 or 2025 (P3: July 1 – June 30)'
            cand --activity 'Activity it is contracted to provide (repeatable): SJS, JST, VT, …'
            cand --description 'What the program offers, shown when matching referrals'
            cand --target-occupation 'Target occupation, a SOC code such as 43-4051'
            cand --criterion 'Matching criterion for program recommendations (repeatable)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --full-time 'Offered full time'
            cand --part-time 'Offered part time'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;remove-program'= {
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;programs'= {
            cand --fiscal-year 'Only this fiscal year (FY25 or 2025)'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;program'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;services'= {
            cand --enable 'Enable this activity or service code (repeatable)'
            cand --disable 'Disable this activity or service code (repeatable)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-appointment-site'= {
            cand --name 'Site name'
            cand --location 'The provider location it is at'
            cand --instructions 'Instructions, e.g. bring an ID and the referral form'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;appointment-sites'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-appointment'= {
            cand --site 'Appointment site name'
            cand --start 'Start, "YYYY-MM-DD HH:MM" local time'
            cand --end 'End [default: one hour after the start]'
            cand --openings 'Number of openings'
            cand --weekly-until 'Repeat every week at the same time through this date'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;appointments'= {
            cand --site 'Only this site'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-worksite'= {
            cand --name 'Worksite name (unique for the provider)'
            cand --address 'Street address'
            cand --type 'Kind of placement'
            cand --contact 'Primary contact''s name'
            cand --contact-phone 'Primary contact''s phone'
            cand --contact-email 'Primary contact''s email'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;worksites'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-audit'= {
            cand --date 'Date of the audit'
            cand --title 'Title, e.g. "FY25 monitoring"'
            cand --findings 'Findings'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;audits'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;add-note'= {
            cand --subject 'Subject line'
            cand --message 'The note'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;notes'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;provider;help'= {
            cand add 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)'
            cand set-spcq 'Record a provider''s SPCQ approval date, or mark it pending again (U2)'
            cand list 'List providers within the operator''s reach'
            cand show 'Show a provider: contracts, goals, locations, programs, services, users'
            cand add-location 'Add a location where the provider serves customers (P1)'
            cand locations 'List a provider''s locations'
            cand add-contract 'Add an executed contract with its goals (P2)'
            cand amend-contract 'Amend a contract; the earlier version is kept (P2)'
            cand contracts 'List a provider''s contracts; --history adds every earlier version (P2)'
            cand add-program 'Add an E&T program under a contract and location (P3, P4)'
            cand remove-program 'Remove a program of the current or a future fiscal year (P6)'
            cand programs 'List a provider''s programs'
            cand program 'Show one program with its activities and criteria'
            cand services 'Show, enable or disable the activities and services used on career plans (P5)'
            cand add-appointment-site 'Add an appointment site (P7)'
            cand appointment-sites 'List appointment sites'
            cand add-appointment 'Schedule appointments at a site, optionally every week (P7)'
            cand appointments 'List scheduled appointments'
            cand add-worksite 'Add a worksite for work experience, Earnfare or OJT (P7)'
            cand worksites 'List worksites'
            cand add-audit 'Record a periodic audit of the provider (P7)'
            cand audits 'List a provider''s audits'
            cand add-note 'Add a provider case note (about the agency, not a customer) (P7)'
            cand notes 'List provider case notes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;provider;help;add'= {
        }
        &'isets;provider;help;set-spcq'= {
        }
        &'isets;provider;help;list'= {
        }
        &'isets;provider;help;show'= {
        }
        &'isets;provider;help;add-location'= {
        }
        &'isets;provider;help;locations'= {
        }
        &'isets;provider;help;add-contract'= {
        }
        &'isets;provider;help;amend-contract'= {
        }
        &'isets;provider;help;contracts'= {
        }
        &'isets;provider;help;add-program'= {
        }
        &'isets;provider;help;remove-program'= {
        }
        &'isets;provider;help;programs'= {
        }
        &'isets;provider;help;program'= {
        }
        &'isets;provider;help;services'= {
        }
        &'isets;provider;help;add-appointment-site'= {
        }
        &'isets;provider;help;appointment-sites'= {
        }
        &'isets;provider;help;add-appointment'= {
        }
        &'isets;provider;help;appointments'= {
        }
        &'isets;provider;help;add-worksite'= {
        }
        &'isets;provider;help;worksites'= {
        }
        &'isets;provider;help;add-audit'= {
        }
        &'isets;provider;help;audits'= {
        }
        &'isets;provider;help;add-note'= {
        }
        &'isets;provider;help;notes'= {
        }
        &'isets;provider;help;help'= {
        }
        &'isets;customer'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand search-ies 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)'
            cand search 'Search ISETS customers within reach: a last name''s start (with --first, or an initial), a case number, an individual number, or a provider''s list (S6)'
            cand history 'A customer''s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)'
            cand add 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)'
            cand assign 'Assign a customer to a program of a provider, with the IDHS office (S5)'
            cand edit 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer''s providers); the next import overwrites both (I2)'
            cand show 'A customer''s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)'
            cand team 'The customer''s Integrated Resource Team: the partners with access (K1)'
            cand status 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows'
            cand progress 'Set the customer''s level of progress (T4)'
            cand recommend 'The current programs ranked by how well they fit the customer''s current Initial Screening, with a match percentage (A1, P4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;customer;search-ies'= {
            cand --first 'First name, spelled as IES has it'
            cand --last 'Last name, spelled as IES has it'
            cand --individual-number 'The 9-digit individual number (the surest match)'
            cand --case-number 'The SNAP case number'
            cand --dob 'Date of birth as MM/DD/YYYY'
            cand --email 'Then look for the person''s ISETS account by this email, and make one from the IES data when there is none (S3)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;search'= {
            cand --last 'The start of the last name'
            cand --first 'A first name or its initial (with --last)'
            cand --case-number 'The SNAP case number'
            cand --individual-number 'The 9-digit individual number'
            cand --provider 'The customers assigned to this provider'
            cand --limit 'At most this many, exact last names first'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;history'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;add'= {
            cand --individual-number 'The 9-digit individual number IES gave the person'
            cand --case-number 'The SNAP case number'
            cand --last 'Last name, as IES has it'
            cand --first 'First name, as IES has it'
            cand --dob 'Date of birth: YYYY-MM-DD or MM/DD/YYYY'
            cand --ssn-last4 'The last four digits of the SSN'
            cand --email 'The person''s email, which is also their ISETS account'
            cand --phone 'phone'
            cand --street 'street'
            cand --city 'city'
            cand --zip 'zip'
            cand --county 'county'
            cand --redetermination-date 'YYYY-MM-DD or MM/DD/YYYY'
            cand --midpoint-date 'YYYY-MM-DD or MM/DD/YYYY'
            cand --abawd 'Able-bodied adult without dependents: Y or N'
            cand --office 'The IDHS office (FCRC) the customer belongs to'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;assign'= {
            cand --provider 'The provider'
            cand --program 'The program''s id (see `isets provider programs PROVIDER`)'
            cand --office 'The IDHS office (FCRC)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;edit'= {
            cand --snap-status 'Y, N or P (pending application): IDHS staff only'
            cand --case-number 'The SNAP case number: the customer''s providers'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;show'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;team'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Put a partner on the customer''s team, through one of their organizations (K1)'
            cand remove 'Take a partner off the team (they keep the history; --reason is recorded)'
            cand list 'The team: current members first, then former ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;customer;team;add'= {
            cand --user 'The partner''s username'
            cand --org 'The organization the partner is on the team for (where they are listed)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;team;remove'= {
            cand --user 'The partner''s username'
            cand --org 'The organization the partner is on the team for (where they are listed)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;team;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;team;help'= {
            cand add 'Put a partner on the customer''s team, through one of their organizations (K1)'
            cand remove 'Take a partner off the team (they keep the history; --reason is recorded)'
            cand list 'The team: current members first, then former ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;customer;team;help;add'= {
        }
        &'isets;customer;team;help;remove'= {
        }
        &'isets;customer;team;help;list'= {
        }
        &'isets;customer;team;help;help'= {
        }
        &'isets;customer;status'= {
            cand --set 'The status to set by hand: inactive, active (back from inactive), wait-list or consent-revoked (T5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;progress'= {
            cand --level 'acceptable, not-participating, not-progressing or not-appropriate (no longer appropriate for provider services)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;recommend'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --all 'Also list programs that match 0% (the manual''s "Show 0% matches")'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;customer;help'= {
            cand search-ies 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)'
            cand search 'Search ISETS customers within reach: a last name''s start (with --first, or an initial), a case number, an individual number, or a provider''s list (S6)'
            cand history 'A customer''s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)'
            cand add 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)'
            cand assign 'Assign a customer to a program of a provider, with the IDHS office (S5)'
            cand edit 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer''s providers); the next import overwrites both (I2)'
            cand show 'A customer''s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)'
            cand team 'The customer''s Integrated Resource Team: the partners with access (K1)'
            cand status 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows'
            cand progress 'Set the customer''s level of progress (T4)'
            cand recommend 'The current programs ranked by how well they fit the customer''s current Initial Screening, with a match percentage (A1, P4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;customer;help;search-ies'= {
        }
        &'isets;customer;help;search'= {
        }
        &'isets;customer;help;history'= {
        }
        &'isets;customer;help;add'= {
        }
        &'isets;customer;help;assign'= {
        }
        &'isets;customer;help;edit'= {
        }
        &'isets;customer;help;show'= {
        }
        &'isets;customer;help;team'= {
            cand add 'Put a partner on the customer''s team, through one of their organizations (K1)'
            cand remove 'Take a partner off the team (they keep the history; --reason is recorded)'
            cand list 'The team: current members first, then former ones'
        }
        &'isets;customer;help;team;add'= {
        }
        &'isets;customer;help;team;remove'= {
        }
        &'isets;customer;help;team;list'= {
        }
        &'isets;customer;help;status'= {
        }
        &'isets;customer;help;progress'= {
        }
        &'isets;customer;help;recommend'= {
        }
        &'isets;customer;help;help'= {
        }
        &'isets;note'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Write a case note on a customer; notes are never changed afterwards (H1)'
            cand list 'A customer''s case notes, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;note;add'= {
            cand --subject 'subject'
            cand --message 'message'
            cand --org 'The organization the note is written for, when the operator writes for several'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;note;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;note;help'= {
            cand add 'Write a case note on a customer; notes are never changed afterwards (H1)'
            cand list 'A customer''s case notes, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;note;help;add'= {
        }
        &'isets;note;help;list'= {
        }
        &'isets;note;help;help'= {
        }
        &'isets;document'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Attach a file to a customer, such as their signed Employment Plan (E8)'
            cand list 'A customer''s documents, oldest first'
            cand get 'Write a document''s content to a file, checked against its SHA-256'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;document;add'= {
            cand --category 'What the document is: Plan (a signed Employment Plan)'
            cand --org 'The organization the document is added for, when the operator works for several'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;document;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;document;get'= {
            cand -o 'Where to write it'
            cand --output 'Where to write it'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Replace the output file if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;document;help'= {
            cand add 'Attach a file to a customer, such as their signed Employment Plan (E8)'
            cand list 'A customer''s documents, oldest first'
            cand get 'Write a document''s content to a file, checked against its SHA-256'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;document;help;add'= {
        }
        &'isets;document;help;list'= {
        }
        &'isets;document;help;get'= {
        }
        &'isets;document;help;help'= {
        }
        &'isets;calendar'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Close a business day: an extra closure day (F7; super users)'
            cand remove 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)'
            cand list 'List a year''s closed days, with their actual and observed dates (F7)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;calendar;add'= {
            cand --name 'What the closure is, as the state''s schedule names it'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;calendar;remove'= {
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;calendar;list'= {
            cand --year 'The year [default: this year in Illinois]'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;calendar;help'= {
            cand add 'Close a business day: an extra closure day (F7; super users)'
            cand remove 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)'
            cand list 'List a year''s closed days, with their actual and observed dates (F7)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;calendar;help;add'= {
        }
        &'isets;calendar;help;remove'= {
        }
        &'isets;calendar;help;list'= {
        }
        &'isets;calendar;help;help'= {
        }
        &'isets;assessment'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)'
            cand list 'A customer''s assessments, oldest first, with the state of each (A2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;assessment;add'= {
            cand --completed-on 'The day it was completed: YYYY-MM-DD or MM/DD/YYYY (A2)'
            cand --provider 'The provider it is entered for, when the operator enters for several (IDHS staff: a provider they may act for instead of IDHS)'
            cand --county 'Screening: the county the customer lives in [default: IES''s]'
            cand --availability 'Screening: full-time, part-time or either'
            cand --education 'Screening: the highest level completed (see above)'
            cand --soc 'Screening: the desired occupation''s SOC code, NN-NNNN'
            cand --occupation 'Screening: the desired occupation in words'
            cand --barrier 'Screening: a barrier (repeatable; see above)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --initial 'The Initial Screening (eligibility and suitability), needed before a referral (A1)'
            cand --needs 'The Needs Assessment Survey'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;assessment;list'= {
            cand --due-soon-days 'Days before an assessment is overdue that it shows as due soon (A2) [env: ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;assessment;help'= {
            cand add 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)'
            cand list 'A customer''s assessments, oldest first, with the state of each (A2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;assessment;help;add'= {
        }
        &'isets;assessment;help;list'= {
        }
        &'isets;assessment;help;help'= {
        }
        &'isets;referral'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand send 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)'
            cand respond 'Accept or reject a referral sent to your side (F4)'
            cand show 'One referral with every version: the newest current, the older ones historical (F3)'
            cand list 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)'
            cand expire 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;referral;send'= {
            cand --to 'The receiving side: a provider''s name, or IDHS (a reverse referral)'
            cand --from 'The sending provider: a referral to a provider from it, or a reverse referral (to IDHS) [default for a reverse referral: the operator''s own]'
            cand --program 'The receiving program''s id (a referral to a provider; see `isets provider programs`)'
            cand --assessment-date 'F2: the day the assessment was completed [default: the current Initial Screening''s]'
            cand --receives-snap 'F2: whether the person receives SNAP benefits (yes or no)'
            cand --eligible 'F2: whether the person is eligible for SNAP E&T (yes or no)'
            cand --appointment 'F2: an intake appointment of the provider''s schedule (its id)'
            cand --benefit-amount 'R2: the Earnfare benefit amount, set with a referral to an Earnfare program (from the day it is sent; `isets earnfare set-benefit` changes it later)'
            cand --note 'Notes for the receiving side'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --consent-attested 'F2: attest that the uploaded Referral Form (5179) carries the customer''s signature'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;referral;respond'= {
            cand --receives-snap 'Reverse referral: whether the person receives SNAP benefits, as IES says (yes or no)'
            cand --eligible 'Reverse referral: whether the person is eligible for SNAP E&T (yes or no)'
            cand --note 'A note kept with the answer'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --accept 'Accept the referral'
            cand --reject 'Reject the referral; --reason says why (F4)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;referral;show'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;referral;list'= {
            cand --provider 'Only referrals sent to or by this provider'
            cand --customer 'Only this customer''s referrals (individual number)'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --pending 'Only referrals not answered yet'
            cand --red-flag 'Only referrals pending 48 business hours after they were sent (D2)'
            cand --overdue 'Only referrals pending past their own deadline (F5)'
            cand --fail-if-any 'Exit 1 when the list is not empty (for cron and CI)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;referral;expire'= {
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;referral;help'= {
            cand send 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)'
            cand respond 'Accept or reject a referral sent to your side (F4)'
            cand show 'One referral with every version: the newest current, the older ones historical (F3)'
            cand list 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)'
            cand expire 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;referral;help;send'= {
        }
        &'isets;referral;help;respond'= {
        }
        &'isets;referral;help;show'= {
        }
        &'isets;referral;help;list'= {
        }
        &'isets;referral;help;expire'= {
        }
        &'isets;referral;help;help'= {
        }
        &'isets;enroll'= {
            cand --provider 'The enrolling provider; only its reports count the enrollment (N6)'
            cand --program 'The provider''s program (its id, see `isets provider programs`)'
            cand --date 'The enrollment date (YYYY-MM-DD)'
            cand --activity 'An activity to plan under the default goal (a catalogue code such as SJS); repeatable'
            cand --planned-end 'The planned end of those activities [default: 30 June of the fiscal year of --date]'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --reverified 'Eligibility was re-verified and the assessment updated (N1''s 45-day path, N5)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ep'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'A customer''s Employment Plan: each goal and its activities, with the E3 and E8 flags'
            cand goal 'The goals of the plan (E1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;ep;show'= {
            cand --provider 'Only this provider''s goals'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ep;goal'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a goal to a provider''s part of the plan'
            cand edit 'Change a goal''s title, category, term or status'
            cand remove 'Remove a goal with nothing under it (E1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;ep;goal;add'= {
            cand --provider 'The provider whose plan the goal is on'
            cand --title 'title'
            cand --category 'career-plan, education, employment, training or personal'
            cand --term 'short or long'
            cand --status '[default: not-started]'
            cand --note 'A case note written with the goal (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ep;goal;edit'= {
            cand --title 'title'
            cand --category 'category'
            cand --term 'term'
            cand --status 'status'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ep;goal;remove'= {
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ep;goal;help'= {
            cand add 'Add a goal to a provider''s part of the plan'
            cand edit 'Change a goal''s title, category, term or status'
            cand remove 'Remove a goal with nothing under it (E1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;ep;goal;help;add'= {
        }
        &'isets;ep;goal;help;edit'= {
        }
        &'isets;ep;goal;help;remove'= {
        }
        &'isets;ep;goal;help;help'= {
        }
        &'isets;ep;help'= {
            cand show 'A customer''s Employment Plan: each goal and its activities, with the E3 and E8 flags'
            cand goal 'The goals of the plan (E1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;ep;help;show'= {
        }
        &'isets;ep;help;goal'= {
            cand add 'Add a goal to a provider''s part of the plan'
            cand edit 'Change a goal''s title, category, term or status'
            cand remove 'Remove a goal with nothing under it (E1)'
        }
        &'isets;ep;help;goal;add'= {
        }
        &'isets;ep;help;goal;edit'= {
        }
        &'isets;ep;help;goal;remove'= {
        }
        &'isets;ep;help;help'= {
        }
        &'isets;activity'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a Planned/Not Started activity under a goal of the customer''s plan (E1, E3, E4, N4)'
            cand start 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)'
            cand close 'Close a started activity on its actual completion date (E5)'
            cand delete 'Delete a never-started activity (E2, E3)'
            cand extend 'Move the planned end of a planned or started activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;activity;add'= {
            cand --goal 'The goal of the Employment Plan it sits under (E1)'
            cand --code 'A catalogue code: SJS, JST, JR, ... (DOMAIN.md §4)'
            cand --planned-start 'planned-start'
            cand --planned-end 'planned-end'
            cand --provider 'The service provider whose reports it counts in (E6) [default: the enrolling provider]'
            cand --enrollment 'The enrollment, when the customer has several open ones with your providers'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;activity;start'= {
            cand --date 'The day it started: not before the first of the month of enrollment (E4), not a day to come'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;activity;close'= {
            cand --date 'The actual completion date: not before the start, not a day to come'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --successful 'Successful Completion'
            cand --unsuccessful 'Unsuccessful Completion'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;activity;delete'= {
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;activity;extend'= {
            cand --planned-end 'The new planned end: not before the planned start'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;activity;help'= {
            cand add 'Add a Planned/Not Started activity under a goal of the customer''s plan (E1, E3, E4, N4)'
            cand start 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)'
            cand close 'Close a started activity on its actual completion date (E5)'
            cand delete 'Delete a never-started activity (E2, E3)'
            cand extend 'Move the planned end of a planned or started activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;activity;help;add'= {
        }
        &'isets;activity;help;start'= {
        }
        &'isets;activity;help;close'= {
        }
        &'isets;activity;help;delete'= {
        }
        &'isets;activity;help;extend'= {
        }
        &'isets;activity;help;help'= {
        }
        &'isets;exit'= {
            cand --provider 'The enrolling provider'
            cand --program 'The provider''s program the customer is enrolled in (its id)'
            cand --status 'Program completion status: unsuccessful, moved or successful (X3)'
            cand --exit-reason 'The exit reason the status allows (X3), as its code or its name'
            cand --date 'The program completion date (YYYY-MM-DD)'
            cand --skill-gain 'A Measurable Skill Gain made (X6, optional)'
            cand --note 'The case note of the exit [default: the status, date and reason]'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;unexit'= {
            cand --employment 'The customer''s employment the un-exit rests on (its id)'
            cand --note 'The case note [default: the employment and the Job Retention dates]'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;attendance'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Enter the hours attended in a week of a Started/Open activity (E7)'
            cand verify 'Verify a week''s hours: they count once verified by the provider''s authorized staff (E7)'
            cand list 'The weeks entered for an activity, or for all of a customer''s activities'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;attendance;add'= {
            cand --week 'A day of the week (kept as its Monday)'
            cand --hours 'Hours attended: 0 to 168, two decimals at most (V5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;attendance;verify'= {
            cand --week 'A day of the week (kept as its Monday)'
            cand --hours 'The hours verified, at most those entered [default: the hours entered]'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;attendance;list'= {
            cand --customer 'A customer''s 9-digit individual number instead'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;attendance;help'= {
            cand add 'Enter the hours attended in a week of a Started/Open activity (E7)'
            cand verify 'Verify a week''s hours: they count once verified by the provider''s authorized staff (E7)'
            cand list 'The weeks entered for an activity, or for all of a customer''s activities'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;attendance;help;add'= {
        }
        &'isets;attendance;help;verify'= {
        }
        &'isets;attendance;help;list'= {
        }
        &'isets;attendance;help;help'= {
        }
        &'isets;service'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a support service under a goal of the customer''s plan (E1, E3, N5)'
            cand start 'Start a planned support service on the day it started (E2, E4)'
            cand cost 'Costs of support services: add, edit, list (V1–V5, V7)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;service;add'= {
            cand --category 'BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE or TRANSPORTATION (DOMAIN.md §4)'
            cand --goal 'The goal of the Employment Plan it sits under (E1)'
            cand --planned-start 'planned-start'
            cand --planned-end 'planned-end'
            cand --start 'Started/Open at once, on this day (not a day to come)'
            cand --provider 'The provider giving it [default: the enrolling provider]'
            cand --enrollment 'The enrollment, when the customer has several open ones with your providers'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;service;start'= {
            cand --date 'date'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;service;cost'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a cost to a Started/Open support service (V1–V5, V7)'
            cand edit 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)'
            cand list 'List a customer''s support-service costs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;service;cost;add'= {
            cand --method 'Direct Payment, Bus Pass, Gift Card, Check, Voucher, Purchase Order, Reimbursement (V2)'
            cand --description 'What was paid for (V2)'
            cand --unit 'The dollar amount per unit, two decimals at most (V5)'
            cand --quantity 'A whole number of units, 1 or more (V5)'
            cand --paid-on 'The payment date: within the month the service was issued (V7)'
            cand --issued-on 'The day the service was issued [default: the payment date] (V1)'
            cand --override-reason 'Past the maximum: ask for a cost override with this explanation (V4)'
            cand --document 'A receipt to keep with the cost (category "Support Service")'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --check 'Show the fiscal-year arithmetic against the maximum and write nothing'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;service;cost;edit'= {
            cand --method 'Direct Payment, Bus Pass, Gift Card, Check, Voucher, Purchase Order, Reimbursement (V2)'
            cand --description 'What was paid for (V2)'
            cand --unit 'The dollar amount per unit, two decimals at most (V5)'
            cand --quantity 'A whole number of units, 1 or more (V5)'
            cand --paid-on 'The payment date: within the month the service was issued (V7)'
            cand --issued-on 'The day the service was issued [default: the payment date] (V1)'
            cand --override-reason 'Past the maximum: ask for a cost override with this explanation (V4)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;service;cost;list'= {
            cand --fiscal-year 'Only this fiscal year''s (FY26 or 2026, P3)'
            cand --category 'Only this category''s'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;service;cost;help'= {
            cand add 'Add a cost to a Started/Open support service (V1–V5, V7)'
            cand edit 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)'
            cand list 'List a customer''s support-service costs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;service;cost;help;add'= {
        }
        &'isets;service;cost;help;edit'= {
        }
        &'isets;service;cost;help;list'= {
        }
        &'isets;service;cost;help;help'= {
        }
        &'isets;service;help'= {
            cand add 'Add a support service under a goal of the customer''s plan (E1, E3, N5)'
            cand start 'Start a planned support service on the day it started (E2, E4)'
            cand cost 'Costs of support services: add, edit, list (V1–V5, V7)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;service;help;add'= {
        }
        &'isets;service;help;start'= {
        }
        &'isets;service;help;cost'= {
            cand add 'Add a cost to a Started/Open support service (V1–V5, V7)'
            cand edit 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)'
            cand list 'List a customer''s support-service costs'
        }
        &'isets;service;help;cost;add'= {
        }
        &'isets;service;help;cost;edit'= {
        }
        &'isets;service;help;cost;list'= {
        }
        &'isets;service;help;help'= {
        }
        &'isets;override'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)'
            cand accept 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)'
            cand reject 'Reject a pending override with a reason: its cost is void and the provider is told (V4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;override;list'= {
            cand --provider 'Only this provider''s'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --pending 'Only the overrides still pending'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;override;accept'= {
            cand --note 'A word kept with the answer'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;override;reject'= {
            cand --reason 'Why it is rejected: kept with the override, told to the provider by a case note'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;override;help'= {
            cand list 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)'
            cand accept 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)'
            cand reject 'Reject a pending override with a reason: its cost is void and the provider is told (V4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;override;help;list'= {
        }
        &'isets;override;help;accept'= {
        }
        &'isets;override;help;reject'= {
        }
        &'isets;override;help;help'= {
        }
        &'isets;caps'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)'
            cand set 'Set a category''s maximum for a fiscal year, or its default for every year (V3; super users)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;caps;list'= {
            cand --fiscal-year 'The maximum in force that year for every support-service category ("none" where unset)'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;caps;set'= {
            cand --category 'A support-service category: BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE, TRANSPORTATION'
            cand --fiscal-year 'FY27 or 2027 (P3), or `default` for every year without its own'
            cand --amount 'The maximum per customer, in dollars with two decimals at most (V5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;caps;help'= {
            cand list 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)'
            cand set 'Set a category''s maximum for a fiscal year, or its default for every year (V3; super users)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;caps;help;list'= {
        }
        &'isets;caps;help;set'= {
        }
        &'isets;caps;help;help'= {
        }
        &'isets;earnfare'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'A customer''s Earnfare participation: benefit, work hours and stipend (R1, R2)'
            cand set-benefit 'Set a customer''s benefit amount from a date (IDHS staff: super users, WFD, provider managers)'
            cand benefits 'Every benefit amount of a customer, newest effective first (R2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;earnfare;show'= {
            cand --month 'The month to show, with the one before it (YYYY-MM) [default: this month]'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;earnfare;set-benefit'= {
            cand --amount 'The monthly benefit amount, two decimals at most (V5)'
            cand --effective 'The day it takes effect (YYYY-MM-DD or MM/DD/YYYY)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;earnfare;benefits'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;earnfare;help'= {
            cand show 'A customer''s Earnfare participation: benefit, work hours and stipend (R1, R2)'
            cand set-benefit 'Set a customer''s benefit amount from a date (IDHS staff: super users, WFD, provider managers)'
            cand benefits 'Every benefit amount of a customer, newest effective first (R2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;earnfare;help;show'= {
        }
        &'isets;earnfare;help;set-benefit'= {
        }
        &'isets;earnfare;help;benefits'= {
        }
        &'isets;earnfare;help;help'= {
        }
        &'isets;settings'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every statewide setting with its value in force and its default'
            cand set 'Set a statewide setting (super users); the audit log keeps the value before'
            cand reset 'Put a setting back to its default (super users)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;settings;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;settings;set'= {
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;settings;reset'= {
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;settings;help'= {
            cand list 'Every statewide setting with its value in force and its default'
            cand set 'Set a statewide setting (super users); the audit log keeps the value before'
            cand reset 'Put a setting back to its default (super users)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;settings;help;list'= {
        }
        &'isets;settings;help;set'= {
        }
        &'isets;settings;help;reset'= {
        }
        &'isets;settings;help;help'= {
        }
        &'isets;federal-component'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every activity of the catalogue with the federal component it is reported under (G3)'
            cand set 'Report an activity under another federal component, or none (super users; G3)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;federal-component;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;federal-component;set'= {
            cand --component 'A federal component (see below), or `none`'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;federal-component;help'= {
            cand list 'Every activity of the catalogue with the federal component it is reported under (G3)'
            cand set 'Report an activity under another federal component, or none (super users; G3)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;federal-component;help;list'= {
        }
        &'isets;federal-component;help;set'= {
        }
        &'isets;federal-component;help;help'= {
        }
        &'isets;employment'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Enter a customer''s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job''s start (M1, M2, M4, T2)'
            cand end 'Record the last day of an employment (M1)'
            cand verify 'Enter a retention check once its period is reached, with its document and case note (M3)'
            cand approve 'Approve a period''s verification: sets the Employment Verification Status (M3)'
            cand list 'A customer''s employment with its retention and verifications (M1–M3)'
            cand due 'Customers in Job Retention due their 30-day contact or their exit (M5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;employment;add'= {
            cand --employer 'employer'
            cand --soc 'The six-digit SOC code, NN-NNNN (M1)'
            cand --job-title 'job-title'
            cand --start 'The first day of the job: not a day to come'
            cand --wage 'Dollars an hour, two decimals at most (V5)'
            cand --hours 'Hours a week, two decimals at most (V5)'
            cand --industry 'industry'
            cand --occupation 'occupation'
            cand --provider 'The provider the customer is enrolled with, when you act for several'
            cand --enrollment 'The enrollment, when the customer has several open ones with your providers'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --full-time 'full-time'
            cand --part-time 'part-time'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;employment;end'= {
            cand --date 'The last day: not before the start, not a day to come'
            cand --note 'The case note this change of the Employment Plan needs (E5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;employment;verify'= {
            cand --period '30, 60 or 90 days from the start'
            cand --document 'The verification document (pay stub, employer letter): stored as Employment Verification'
            cand --note 'The case note the period needs (M3)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;employment;approve'= {
            cand --period '30, 60 or 90'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;employment;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;employment;due'= {
            cand --provider 'Only this provider''s customers'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --contact 'Only those due their 30-day contact (no case note of the provider for 30 days)'
            cand --exit 'Only those due for exit (employed beyond 90 days of Job Retention, 180 in SNAP to Success)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;employment;help'= {
            cand add 'Enter a customer''s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job''s start (M1, M2, M4, T2)'
            cand end 'Record the last day of an employment (M1)'
            cand verify 'Enter a retention check once its period is reached, with its document and case note (M3)'
            cand approve 'Approve a period''s verification: sets the Employment Verification Status (M3)'
            cand list 'A customer''s employment with its retention and verifications (M1–M3)'
            cand due 'Customers in Job Retention due their 30-day contact or their exit (M5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;employment;help;add'= {
        }
        &'isets;employment;help;end'= {
        }
        &'isets;employment;help;verify'= {
        }
        &'isets;employment;help;approve'= {
        }
        &'isets;employment;help;list'= {
        }
        &'isets;employment;help;due'= {
        }
        &'isets;employment;help;help'= {
        }
        &'isets;staffing'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show a month''s staffing: its packet, customers, due dates and history (B1, B2)'
            cand list 'List the staffings in your reach, newest month first, with late parts flagged (B1)'
            cand mark 'The provider''s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)'
            cand verify 'IDHS''s eligibility verification of a customer (B2: WFD)'
            cand attach 'Attach a program document the month''s packet asks for (B2)'
            cand submit 'Submit the provider''s part, once the month has ended (B1, B8)'
            cand approve 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)'
            cand unlock 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;staffing;show'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;list'= {
            cand --provider 'Only this provider''s'
            cand --month 'Only this month''s (YYYY-MM)'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;mark'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --progress 'The level of progress (T4): acceptable, not-participating, not-progressing, not-appropriate'
            cand --note 'B10: what the full staffing discussed, recorded as a provider case note'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --full-staffing 'A full staffing (4334) is needed: the provider discusses the customer with the provider manager'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;verify'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --eligible 'Whether the customer is eligible for SNAP E&T: yes or no'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;attach'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --kind 'admin-expenses-certification, financial-report, interest-report, periodic-performance-report'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;submit'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;approve'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;unlock'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;staffing;help'= {
            cand show 'Show a month''s staffing: its packet, customers, due dates and history (B1, B2)'
            cand list 'List the staffings in your reach, newest month first, with late parts flagged (B1)'
            cand mark 'The provider''s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)'
            cand verify 'IDHS''s eligibility verification of a customer (B2: WFD)'
            cand attach 'Attach a program document the month''s packet asks for (B2)'
            cand submit 'Submit the provider''s part, once the month has ended (B1, B8)'
            cand approve 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)'
            cand unlock 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;staffing;help;show'= {
        }
        &'isets;staffing;help;list'= {
        }
        &'isets;staffing;help;mark'= {
        }
        &'isets;staffing;help;verify'= {
        }
        &'isets;staffing;help;attach'= {
        }
        &'isets;staffing;help;submit'= {
        }
        &'isets;staffing;help;approve'= {
        }
        &'isets;staffing;help;unlock'= {
        }
        &'isets;staffing;help;help'= {
        }
        &'isets;billing'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand submit 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)'
            cand approve 'Review and approve a submitted billing packet: the month is final (B4)'
            cand request-changes 'Send a submitted billing packet back with what to change or send (B4, B8)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;billing;submit'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;billing;approve'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;billing;request-changes'= {
            cand --provider 'The provider'
            cand --program 'The provider''s program (its id, `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand --message 'What the provider is to change or send'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;billing;help'= {
            cand submit 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)'
            cand approve 'Review and approve a submitted billing packet: the month is final (B4)'
            cand request-changes 'Send a submitted billing packet back with what to change or send (B4, B8)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;billing;help;submit'= {
        }
        &'isets;billing;help;approve'= {
        }
        &'isets;billing;help;request-changes'= {
        }
        &'isets;billing;help;help'= {
        }
        &'isets;credential'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Enter a credential the customer earned (C1)'
            cand remove 'Remove a credential entered in error: it is kept, marked removed (H1)'
            cand list 'A customer''s credentials, removed ones marked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;credential;add'= {
            cand --title 'The credential''s name'
            cand --institution 'Who awarded it'
            cand --earned 'The date attained: not a day to come'
            cand --type 'certification, license, diploma-ged, associates, bachelors, graduate, apprenticeship, other'
            cand --source 'Where the credential comes from (the training, an employer, …)'
            cand --soc 'The SOC code of the occupation, NN-NNNN'
            cand --occupation 'occupation'
            cand --cip 'The CIP code of the program of study, NN.NNNN'
            cand --activity 'The activity of the plan it came from'
            cand --provider 'The provider it is entered for, when you act for several the customer is enrolled with'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --industry-recognized 'Recognized by the industry: counts for performance'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;credential;remove'= {
            cand --note 'Why: written as a case note'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;credential;list'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;credential;help'= {
            cand add 'Enter a credential the customer earned (C1)'
            cand remove 'Remove a credential entered in error: it is kept, marked removed (H1)'
            cand list 'A customer''s credentials, removed ones marked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;credential;help;add'= {
        }
        &'isets;credential;help;remove'= {
        }
        &'isets;credential;help;list'= {
        }
        &'isets;credential;help;help'= {
        }
        &'isets;dashboard'= {
            cand --provider 'Only this provider (a provider role: one of their own)'
            cand --list 'List what one count counted (customers, referrals or overrides), each with the day that makes it count; LINE is a line name (see --help)'
            cand --due-soon-days 'Days before an assessment is overdue that it counts as due soon (A2) [env: ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ies'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)'
            cand batches 'List the imports, newest first (I3)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;ies;import'= {
            cand --as-of 'The date the extract is as of (YYYY-MM-DD or MM/DD/YYYY) [default: today]'
            cand --rejects 'Write every rejected row to this CSV file (line, field, value, reason)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Import it even if a file with the same SHA-256 was imported before'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ies;batches'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;ies;help'= {
            cand import 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)'
            cand batches 'List the imports, newest first (I3)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;ies;help;import'= {
        }
        &'isets;ies;help;batches'= {
        }
        &'isets;ies;help;help'= {
        }
        &'isets;apply'= {
            cand --requested-by 'Who asked for the user listings --prune removes (U5)'
            cand --reason 'Why: recorded with the audit record'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --prune 'Also remove what the file omits: programs, appointment sites, user listings and disabled services of the providers it names (asks, or needs --yes)'
            cand -y 'Do not ask: confirm --prune and people already listed elsewhere (U4)'
            cand --yes 'Do not ask: confirm --prune and people already listed elsewhere (U4)'
            cand --dry-run 'Do everything, then roll back and show what would have changed'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;plan'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --prune 'Show what --prune would remove too'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand 4333 'The 4333 roster: the customers of a provider''s program in a month (B5)'
            cand employment 'The Employment Report: the jobs of a program''s customers in a month (B6, M2, M3)'
            cand support-services 'The Supportive Services Summary: a month''s payments by customer and category (B6, V4)'
            cand earnfare-2606 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)'
            cand fns-583 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)'
            cand pptt-audit 'The data accuracy audit: a provider''s PPTT compared with ISETS for a month (B7, B9)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;report;4333'= {
            cand --provider 'The provider agency (its name)'
            cand --program 'The provider''s program (its id, see `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand -o 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --output 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Replace FILE if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report;employment'= {
            cand --provider 'The provider agency (its name)'
            cand --program 'The provider''s program (its id, see `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand -o 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --output 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Replace FILE if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report;support-services'= {
            cand --provider 'The provider agency (its name)'
            cand --program 'The provider''s program (its id, see `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand -o 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --output 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Replace FILE if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report;earnfare-2606'= {
            cand --provider 'The provider agency (its name)'
            cand --program 'The provider''s program (its id, see `isets provider programs`)'
            cand --month 'The month (YYYY-MM)'
            cand -o 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --output 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Replace FILE if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report;fns-583'= {
            cand --federal-fiscal-year 'The federal fiscal year, October–September, named by the year it ends in: FFY25 (G1)'
            cand --quarter 'The quarter: 1 (October–December), 2 (January–March), 3 (April–June), 4 (July–September)'
            cand --provider 'Only the activities this provider gives (E6); provider roles: one of their own'
            cand -o 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --output 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --detail 'List the people behind every figure: month, component, individual number and name (G5)'
            cand --force 'Replace FILE if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report;pptt-audit'= {
            cand --provider 'The provider agency (its name)'
            cand --month 'The month audited (YYYY-MM)'
            cand --program 'Only this program of the provider (its id, see `isets provider programs`); all of its programs without it'
            cand --sheet 'The workbook''s sheet to read (by name, in any case)'
            cand --fix-by 'The day the provider is to fix the findings by, at least 14 days from today (B9) [default: 14 days from today]'
            cand -o 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --output 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand --force 'Replace FILE if it exists'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;report;help'= {
            cand 4333 'The 4333 roster: the customers of a provider''s program in a month (B5)'
            cand employment 'The Employment Report: the jobs of a program''s customers in a month (B6, M2, M3)'
            cand support-services 'The Supportive Services Summary: a month''s payments by customer and category (B6, V4)'
            cand earnfare-2606 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)'
            cand fns-583 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)'
            cand pptt-audit 'The data accuracy audit: a provider''s PPTT compared with ISETS for a month (B7, B9)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;report;help;4333'= {
        }
        &'isets;report;help;employment'= {
        }
        &'isets;report;help;support-services'= {
        }
        &'isets;report;help;earnfare-2606'= {
        }
        &'isets;report;help;fns-583'= {
        }
        &'isets;report;help;pptt-audit'= {
        }
        &'isets;report;help;help'= {
        }
        &'isets;audit'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'List audit records, oldest first'
            cand verify 'Check the hash chain and name the first record that does not verify'
            cand head 'Print the record count and the newest hash (the chain''s head), to keep outside the database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;audit;log'= {
            cand --entity 'Only records about this entity: KIND (user, organization, contract, …) or KIND:ID (user:jdoe)'
            cand --operator 'Only records made by this operator'
            cand --since 'Only records made on or after this date'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;audit;verify'= {
            cand --expect-head 'Also check that the chain still extends this head, as printed by `isets audit head -q` (repeatable)'
            cand --expect-heads 'Also check every head in FILE: one COUNT:HASH per line; blank lines and text after # are ignored'
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;audit;head'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;audit;help'= {
            cand log 'List audit records, oldest first'
            cand verify 'Check the hash chain and name the first record that does not verify'
            cand head 'Print the record count and the newest hash (the chain''s head), to keep outside the database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;audit;help;log'= {
        }
        &'isets;audit;help;verify'= {
        }
        &'isets;audit;help;head'= {
        }
        &'isets;audit;help;help'= {
        }
        &'isets;config'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the effective settings and where each came from (passwords redacted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;config;show'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;config;help'= {
            cand show 'Show the effective settings and where each came from (passwords redacted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;config;help;show'= {
        }
        &'isets;config;help;help'= {
        }
        &'isets;generate'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;generate;completions'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;generate;man'= {
            cand --database-url 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)'
            cand --as 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]'
            cand --format 'Output format for data on stdout'
            cand --color 'When to use colour (NO_COLOR turns it off)'
            cand -q 'Print only ids; no status messages'
            cand --quiet 'Print only ids; no status messages'
            cand -v 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand --verbose 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'isets;generate;help'= {
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;generate;help;completions'= {
        }
        &'isets;generate;help;man'= {
        }
        &'isets;generate;help;help'= {
        }
        &'isets;help'= {
            cand init 'Create the schema, the organization IDHS and the first super user'
            cand db 'Database schema: migrate, status and check'
            cand user 'User accounts and their listings (U1–U6)'
            cand org 'Organizations: IDHS and the providers'
            cand provider 'Provider agencies'
            cand customer 'Customers: find them in IES, enter, assign and search them, their record and team'
            cand note 'Case notes on customers'
            cand document 'Documents attached to customers, such as the signed Employment Plan (E8)'
            cand calendar 'The business-day calendar deadlines are counted on: closures and holidays (F7)'
            cand assessment 'Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)'
            cand referral 'Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)'
            cand enroll 'Enroll a customer in a provider''s program, with the default goal and planned activities (N1–N6)'
            cand ep 'The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)'
            cand activity 'Activities of a customer''s Employment Plan: add, start, close, delete, extend (E2–E6)'
            cand exit 'Exit a customer from a provider''s program (X1–X3, X6)'
            cand unexit 'Take back an exit on employment of 20+ hours a week found within 60 days (X4)'
            cand attendance 'Weekly attendance of started activities, and its verification (E7)'
            cand service 'Support services of a customer''s plan and their costs (E1, E3, V1–V5, V7)'
            cand override 'Cost overrides past a support-service maximum: list, accept, reject (V4, V6)'
            cand caps 'Support-service maximums per customer and fiscal year (V3)'
            cand earnfare 'Earnfare participation: the benefit amount, work hours and stipend (R1, R2)'
            cand settings 'Statewide settings the rules read: the Earnfare figures (R1, R2)'
            cand federal-component 'The federal E&T component each activity is reported under on the FNS-583 (G3)'
            cand employment 'Employment, its Job Retention and retention checks (M1–M5)'
            cand staffing 'A provider program''s monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)'
            cand billing 'The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)'
            cand credential 'Credentials a customer earned (C1)'
            cand dashboard 'The dashboard: per provider, the year''s counts against contract goals, referrals, redeterminations and what needs doing (D1–D4); --list shows what a count counted'
            cand ies 'The IES extract: import it, list the imports (format: man 5 isets-ies)'
            cand apply 'Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)'
            cand plan 'Show what `isets apply FILE` would change (exit 1 when changes are pending)'
            cand report 'Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)'
            cand audit 'The audit log: list it, verify its chain, print its head'
            cand config 'Configuration'
            cand generate 'Generate shell completions and man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'isets;help;init'= {
        }
        &'isets;help;db'= {
            cand migrate 'Apply pending schema migrations (creates a SQLite database if there is none)'
            cand status 'List applied and pending migrations'
            cand check 'Check that every statement of this build prepares against the database''s schema'
            cand setup 'Set up PostgreSQL''s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log'
            cand check-roles 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any'
        }
        &'isets;help;db;migrate'= {
        }
        &'isets;help;db;status'= {
        }
        &'isets;help;db;check'= {
        }
        &'isets;help;db;setup'= {
        }
        &'isets;help;db;check-roles'= {
        }
        &'isets;help;user'= {
            cand add 'Add a user with a listing; an existing account for the same person is reused (U1–U4)'
            cand remove 'Remove one listing or all of them; the account and its history stay (U5)'
            cand list 'List users with their listings and last activity (U6)'
            cand show 'Show one user with every listing, past and present'
        }
        &'isets;help;user;add'= {
        }
        &'isets;help;user;remove'= {
        }
        &'isets;help;user;list'= {
        }
        &'isets;help;user;show'= {
        }
        &'isets;help;org'= {
            cand list 'List organizations (IDHS and providers) within the operator''s reach'
        }
        &'isets;help;org;list'= {
        }
        &'isets;help;provider'= {
            cand add 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)'
            cand set-spcq 'Record a provider''s SPCQ approval date, or mark it pending again (U2)'
            cand list 'List providers within the operator''s reach'
            cand show 'Show a provider: contracts, goals, locations, programs, services, users'
            cand add-location 'Add a location where the provider serves customers (P1)'
            cand locations 'List a provider''s locations'
            cand add-contract 'Add an executed contract with its goals (P2)'
            cand amend-contract 'Amend a contract; the earlier version is kept (P2)'
            cand contracts 'List a provider''s contracts; --history adds every earlier version (P2)'
            cand add-program 'Add an E&T program under a contract and location (P3, P4)'
            cand remove-program 'Remove a program of the current or a future fiscal year (P6)'
            cand programs 'List a provider''s programs'
            cand program 'Show one program with its activities and criteria'
            cand services 'Show, enable or disable the activities and services used on career plans (P5)'
            cand add-appointment-site 'Add an appointment site (P7)'
            cand appointment-sites 'List appointment sites'
            cand add-appointment 'Schedule appointments at a site, optionally every week (P7)'
            cand appointments 'List scheduled appointments'
            cand add-worksite 'Add a worksite for work experience, Earnfare or OJT (P7)'
            cand worksites 'List worksites'
            cand add-audit 'Record a periodic audit of the provider (P7)'
            cand audits 'List a provider''s audits'
            cand add-note 'Add a provider case note (about the agency, not a customer) (P7)'
            cand notes 'List provider case notes'
        }
        &'isets;help;provider;add'= {
        }
        &'isets;help;provider;set-spcq'= {
        }
        &'isets;help;provider;list'= {
        }
        &'isets;help;provider;show'= {
        }
        &'isets;help;provider;add-location'= {
        }
        &'isets;help;provider;locations'= {
        }
        &'isets;help;provider;add-contract'= {
        }
        &'isets;help;provider;amend-contract'= {
        }
        &'isets;help;provider;contracts'= {
        }
        &'isets;help;provider;add-program'= {
        }
        &'isets;help;provider;remove-program'= {
        }
        &'isets;help;provider;programs'= {
        }
        &'isets;help;provider;program'= {
        }
        &'isets;help;provider;services'= {
        }
        &'isets;help;provider;add-appointment-site'= {
        }
        &'isets;help;provider;appointment-sites'= {
        }
        &'isets;help;provider;add-appointment'= {
        }
        &'isets;help;provider;appointments'= {
        }
        &'isets;help;provider;add-worksite'= {
        }
        &'isets;help;provider;worksites'= {
        }
        &'isets;help;provider;add-audit'= {
        }
        &'isets;help;provider;audits'= {
        }
        &'isets;help;provider;add-note'= {
        }
        &'isets;help;provider;notes'= {
        }
        &'isets;help;customer'= {
            cand search-ies 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)'
            cand search 'Search ISETS customers within reach: a last name''s start (with --first, or an initial), a case number, an individual number, or a provider''s list (S6)'
            cand history 'A customer''s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)'
            cand add 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)'
            cand assign 'Assign a customer to a program of a provider, with the IDHS office (S5)'
            cand edit 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer''s providers); the next import overwrites both (I2)'
            cand show 'A customer''s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)'
            cand team 'The customer''s Integrated Resource Team: the partners with access (K1)'
            cand status 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows'
            cand progress 'Set the customer''s level of progress (T4)'
            cand recommend 'The current programs ranked by how well they fit the customer''s current Initial Screening, with a match percentage (A1, P4)'
        }
        &'isets;help;customer;search-ies'= {
        }
        &'isets;help;customer;search'= {
        }
        &'isets;help;customer;history'= {
        }
        &'isets;help;customer;add'= {
        }
        &'isets;help;customer;assign'= {
        }
        &'isets;help;customer;edit'= {
        }
        &'isets;help;customer;show'= {
        }
        &'isets;help;customer;team'= {
            cand add 'Put a partner on the customer''s team, through one of their organizations (K1)'
            cand remove 'Take a partner off the team (they keep the history; --reason is recorded)'
            cand list 'The team: current members first, then former ones'
        }
        &'isets;help;customer;team;add'= {
        }
        &'isets;help;customer;team;remove'= {
        }
        &'isets;help;customer;team;list'= {
        }
        &'isets;help;customer;status'= {
        }
        &'isets;help;customer;progress'= {
        }
        &'isets;help;customer;recommend'= {
        }
        &'isets;help;note'= {
            cand add 'Write a case note on a customer; notes are never changed afterwards (H1)'
            cand list 'A customer''s case notes, oldest first'
        }
        &'isets;help;note;add'= {
        }
        &'isets;help;note;list'= {
        }
        &'isets;help;document'= {
            cand add 'Attach a file to a customer, such as their signed Employment Plan (E8)'
            cand list 'A customer''s documents, oldest first'
            cand get 'Write a document''s content to a file, checked against its SHA-256'
        }
        &'isets;help;document;add'= {
        }
        &'isets;help;document;list'= {
        }
        &'isets;help;document;get'= {
        }
        &'isets;help;calendar'= {
            cand add 'Close a business day: an extra closure day (F7; super users)'
            cand remove 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)'
            cand list 'List a year''s closed days, with their actual and observed dates (F7)'
        }
        &'isets;help;calendar;add'= {
        }
        &'isets;help;calendar;remove'= {
        }
        &'isets;help;calendar;list'= {
        }
        &'isets;help;assessment'= {
            cand add 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)'
            cand list 'A customer''s assessments, oldest first, with the state of each (A2)'
        }
        &'isets;help;assessment;add'= {
        }
        &'isets;help;assessment;list'= {
        }
        &'isets;help;referral'= {
            cand send 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)'
            cand respond 'Accept or reject a referral sent to your side (F4)'
            cand show 'One referral with every version: the newest current, the older ones historical (F3)'
            cand list 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)'
            cand expire 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)'
        }
        &'isets;help;referral;send'= {
        }
        &'isets;help;referral;respond'= {
        }
        &'isets;help;referral;show'= {
        }
        &'isets;help;referral;list'= {
        }
        &'isets;help;referral;expire'= {
        }
        &'isets;help;enroll'= {
        }
        &'isets;help;ep'= {
            cand show 'A customer''s Employment Plan: each goal and its activities, with the E3 and E8 flags'
            cand goal 'The goals of the plan (E1)'
        }
        &'isets;help;ep;show'= {
        }
        &'isets;help;ep;goal'= {
            cand add 'Add a goal to a provider''s part of the plan'
            cand edit 'Change a goal''s title, category, term or status'
            cand remove 'Remove a goal with nothing under it (E1)'
        }
        &'isets;help;ep;goal;add'= {
        }
        &'isets;help;ep;goal;edit'= {
        }
        &'isets;help;ep;goal;remove'= {
        }
        &'isets;help;activity'= {
            cand add 'Add a Planned/Not Started activity under a goal of the customer''s plan (E1, E3, E4, N4)'
            cand start 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)'
            cand close 'Close a started activity on its actual completion date (E5)'
            cand delete 'Delete a never-started activity (E2, E3)'
            cand extend 'Move the planned end of a planned or started activity'
        }
        &'isets;help;activity;add'= {
        }
        &'isets;help;activity;start'= {
        }
        &'isets;help;activity;close'= {
        }
        &'isets;help;activity;delete'= {
        }
        &'isets;help;activity;extend'= {
        }
        &'isets;help;exit'= {
        }
        &'isets;help;unexit'= {
        }
        &'isets;help;attendance'= {
            cand add 'Enter the hours attended in a week of a Started/Open activity (E7)'
            cand verify 'Verify a week''s hours: they count once verified by the provider''s authorized staff (E7)'
            cand list 'The weeks entered for an activity, or for all of a customer''s activities'
        }
        &'isets;help;attendance;add'= {
        }
        &'isets;help;attendance;verify'= {
        }
        &'isets;help;attendance;list'= {
        }
        &'isets;help;service'= {
            cand add 'Add a support service under a goal of the customer''s plan (E1, E3, N5)'
            cand start 'Start a planned support service on the day it started (E2, E4)'
            cand cost 'Costs of support services: add, edit, list (V1–V5, V7)'
        }
        &'isets;help;service;add'= {
        }
        &'isets;help;service;start'= {
        }
        &'isets;help;service;cost'= {
            cand add 'Add a cost to a Started/Open support service (V1–V5, V7)'
            cand edit 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)'
            cand list 'List a customer''s support-service costs'
        }
        &'isets;help;service;cost;add'= {
        }
        &'isets;help;service;cost;edit'= {
        }
        &'isets;help;service;cost;list'= {
        }
        &'isets;help;override'= {
            cand list 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)'
            cand accept 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)'
            cand reject 'Reject a pending override with a reason: its cost is void and the provider is told (V4)'
        }
        &'isets;help;override;list'= {
        }
        &'isets;help;override;accept'= {
        }
        &'isets;help;override;reject'= {
        }
        &'isets;help;caps'= {
            cand list 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)'
            cand set 'Set a category''s maximum for a fiscal year, or its default for every year (V3; super users)'
        }
        &'isets;help;caps;list'= {
        }
        &'isets;help;caps;set'= {
        }
        &'isets;help;earnfare'= {
            cand show 'A customer''s Earnfare participation: benefit, work hours and stipend (R1, R2)'
            cand set-benefit 'Set a customer''s benefit amount from a date (IDHS staff: super users, WFD, provider managers)'
            cand benefits 'Every benefit amount of a customer, newest effective first (R2)'
        }
        &'isets;help;earnfare;show'= {
        }
        &'isets;help;earnfare;set-benefit'= {
        }
        &'isets;help;earnfare;benefits'= {
        }
        &'isets;help;settings'= {
            cand list 'Every statewide setting with its value in force and its default'
            cand set 'Set a statewide setting (super users); the audit log keeps the value before'
            cand reset 'Put a setting back to its default (super users)'
        }
        &'isets;help;settings;list'= {
        }
        &'isets;help;settings;set'= {
        }
        &'isets;help;settings;reset'= {
        }
        &'isets;help;federal-component'= {
            cand list 'Every activity of the catalogue with the federal component it is reported under (G3)'
            cand set 'Report an activity under another federal component, or none (super users; G3)'
        }
        &'isets;help;federal-component;list'= {
        }
        &'isets;help;federal-component;set'= {
        }
        &'isets;help;employment'= {
            cand add 'Enter a customer''s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job''s start (M1, M2, M4, T2)'
            cand end 'Record the last day of an employment (M1)'
            cand verify 'Enter a retention check once its period is reached, with its document and case note (M3)'
            cand approve 'Approve a period''s verification: sets the Employment Verification Status (M3)'
            cand list 'A customer''s employment with its retention and verifications (M1–M3)'
            cand due 'Customers in Job Retention due their 30-day contact or their exit (M5)'
        }
        &'isets;help;employment;add'= {
        }
        &'isets;help;employment;end'= {
        }
        &'isets;help;employment;verify'= {
        }
        &'isets;help;employment;approve'= {
        }
        &'isets;help;employment;list'= {
        }
        &'isets;help;employment;due'= {
        }
        &'isets;help;staffing'= {
            cand show 'Show a month''s staffing: its packet, customers, due dates and history (B1, B2)'
            cand list 'List the staffings in your reach, newest month first, with late parts flagged (B1)'
            cand mark 'The provider''s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)'
            cand verify 'IDHS''s eligibility verification of a customer (B2: WFD)'
            cand attach 'Attach a program document the month''s packet asks for (B2)'
            cand submit 'Submit the provider''s part, once the month has ended (B1, B8)'
            cand approve 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)'
            cand unlock 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)'
        }
        &'isets;help;staffing;show'= {
        }
        &'isets;help;staffing;list'= {
        }
        &'isets;help;staffing;mark'= {
        }
        &'isets;help;staffing;verify'= {
        }
        &'isets;help;staffing;attach'= {
        }
        &'isets;help;staffing;submit'= {
        }
        &'isets;help;staffing;approve'= {
        }
        &'isets;help;staffing;unlock'= {
        }
        &'isets;help;billing'= {
            cand submit 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)'
            cand approve 'Review and approve a submitted billing packet: the month is final (B4)'
            cand request-changes 'Send a submitted billing packet back with what to change or send (B4, B8)'
        }
        &'isets;help;billing;submit'= {
        }
        &'isets;help;billing;approve'= {
        }
        &'isets;help;billing;request-changes'= {
        }
        &'isets;help;credential'= {
            cand add 'Enter a credential the customer earned (C1)'
            cand remove 'Remove a credential entered in error: it is kept, marked removed (H1)'
            cand list 'A customer''s credentials, removed ones marked'
        }
        &'isets;help;credential;add'= {
        }
        &'isets;help;credential;remove'= {
        }
        &'isets;help;credential;list'= {
        }
        &'isets;help;dashboard'= {
        }
        &'isets;help;ies'= {
            cand import 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)'
            cand batches 'List the imports, newest first (I3)'
        }
        &'isets;help;ies;import'= {
        }
        &'isets;help;ies;batches'= {
        }
        &'isets;help;apply'= {
        }
        &'isets;help;plan'= {
        }
        &'isets;help;report'= {
            cand 4333 'The 4333 roster: the customers of a provider''s program in a month (B5)'
            cand employment 'The Employment Report: the jobs of a program''s customers in a month (B6, M2, M3)'
            cand support-services 'The Supportive Services Summary: a month''s payments by customer and category (B6, V4)'
            cand earnfare-2606 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)'
            cand fns-583 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)'
            cand pptt-audit 'The data accuracy audit: a provider''s PPTT compared with ISETS for a month (B7, B9)'
        }
        &'isets;help;report;4333'= {
        }
        &'isets;help;report;employment'= {
        }
        &'isets;help;report;support-services'= {
        }
        &'isets;help;report;earnfare-2606'= {
        }
        &'isets;help;report;fns-583'= {
        }
        &'isets;help;report;pptt-audit'= {
        }
        &'isets;help;audit'= {
            cand log 'List audit records, oldest first'
            cand verify 'Check the hash chain and name the first record that does not verify'
            cand head 'Print the record count and the newest hash (the chain''s head), to keep outside the database'
        }
        &'isets;help;audit;log'= {
        }
        &'isets;help;audit;verify'= {
        }
        &'isets;help;audit;head'= {
        }
        &'isets;help;config'= {
            cand show 'Show the effective settings and where each came from (passwords redacted)'
        }
        &'isets;help;config;show'= {
        }
        &'isets;help;generate'= {
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5'
        }
        &'isets;help;generate;completions'= {
        }
        &'isets;help;generate;man'= {
        }
        &'isets;help;help'= {
        }
    ]
    $completions[$command]
}
