# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_isets_global_optspecs
    string join \n database-url= as= config= format= color= q/quiet v/verbose h/help V/version
end

function __fish_isets_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_isets_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_isets_using_subcommand
    set -l cmd (__fish_isets_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c isets -n "__fish_isets_needs_command" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_needs_command" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_needs_command" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_needs_command" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_needs_command" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_needs_command" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_needs_command" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_needs_command" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_needs_command" -f -a "init" -d 'Create the schema, the organization IDHS and the first super user'
complete -c isets -n "__fish_isets_needs_command" -f -a "db" -d 'Database schema: migrate, status and check'
complete -c isets -n "__fish_isets_needs_command" -f -a "user" -d 'User accounts and their listings (U1–U6)'
complete -c isets -n "__fish_isets_needs_command" -f -a "org" -d 'Organizations: IDHS and the providers'
complete -c isets -n "__fish_isets_needs_command" -f -a "provider" -d 'Provider agencies'
complete -c isets -n "__fish_isets_needs_command" -f -a "customer" -d 'Customers: find them in IES, enter, assign and search them, their record and team'
complete -c isets -n "__fish_isets_needs_command" -f -a "note" -d 'Case notes on customers'
complete -c isets -n "__fish_isets_needs_command" -f -a "document" -d 'Documents attached to customers, such as the signed Employment Plan (E8)'
complete -c isets -n "__fish_isets_needs_command" -f -a "calendar" -d 'The business-day calendar deadlines are counted on: closures and holidays (F7)'
complete -c isets -n "__fish_isets_needs_command" -f -a "assessment" -d 'Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)'
complete -c isets -n "__fish_isets_needs_command" -f -a "referral" -d 'Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)'
complete -c isets -n "__fish_isets_needs_command" -f -a "enroll" -d 'Enroll a customer in a provider\'s program, with the default goal and planned activities (N1–N6)'
complete -c isets -n "__fish_isets_needs_command" -f -a "ep" -d 'The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)'
complete -c isets -n "__fish_isets_needs_command" -f -a "activity" -d 'Activities of a customer\'s Employment Plan: add, start, close, delete, extend (E2–E6)'
complete -c isets -n "__fish_isets_needs_command" -f -a "exit" -d 'Exit a customer from a provider\'s program (X1–X3, X6)'
complete -c isets -n "__fish_isets_needs_command" -f -a "unexit" -d 'Take back an exit on employment of 20+ hours a week found within 60 days (X4)'
complete -c isets -n "__fish_isets_needs_command" -f -a "attendance" -d 'Weekly attendance of started activities, and its verification (E7)'
complete -c isets -n "__fish_isets_needs_command" -f -a "service" -d 'Support services of a customer\'s plan and their costs (E1, E3, V1–V5, V7)'
complete -c isets -n "__fish_isets_needs_command" -f -a "override" -d 'Cost overrides past a support-service maximum: list, accept, reject (V4, V6)'
complete -c isets -n "__fish_isets_needs_command" -f -a "caps" -d 'Support-service maximums per customer and fiscal year (V3)'
complete -c isets -n "__fish_isets_needs_command" -f -a "earnfare" -d 'Earnfare participation: the benefit amount, work hours and stipend (R1, R2)'
complete -c isets -n "__fish_isets_needs_command" -f -a "settings" -d 'Statewide settings the rules read: the Earnfare figures (R1, R2)'
complete -c isets -n "__fish_isets_needs_command" -f -a "federal-component" -d 'The federal E&T component each activity is reported under on the FNS-583 (G3)'
complete -c isets -n "__fish_isets_needs_command" -f -a "employment" -d 'Employment, its Job Retention and retention checks (M1–M5)'
complete -c isets -n "__fish_isets_needs_command" -f -a "staffing" -d 'A provider program\'s monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)'
complete -c isets -n "__fish_isets_needs_command" -f -a "billing" -d 'The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)'
complete -c isets -n "__fish_isets_needs_command" -f -a "credential" -d 'Credentials a customer earned (C1)'
complete -c isets -n "__fish_isets_needs_command" -f -a "dashboard" -d 'The dashboard: per provider, the year\'s counts against contract goals, referrals, redeterminations and what needs doing (D1–D4); --list shows what a count counted'
complete -c isets -n "__fish_isets_needs_command" -f -a "ies" -d 'The IES extract: import it, list the imports (format: man 5 isets-ies)'
complete -c isets -n "__fish_isets_needs_command" -f -a "apply" -d 'Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)'
complete -c isets -n "__fish_isets_needs_command" -f -a "plan" -d 'Show what `isets apply FILE` would change (exit 1 when changes are pending)'
complete -c isets -n "__fish_isets_needs_command" -f -a "report" -d 'Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)'
complete -c isets -n "__fish_isets_needs_command" -f -a "audit" -d 'The audit log: list it, verify its chain, print its head'
complete -c isets -n "__fish_isets_needs_command" -f -a "config" -d 'Configuration'
complete -c isets -n "__fish_isets_needs_command" -f -a "generate" -d 'Generate shell completions and man pages'
complete -c isets -n "__fish_isets_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand init" -l super-user -d 'Username of the first super user (on PostgreSQL, their database login)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l first -d 'First name (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l last -d 'Last name (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l email -d 'Email (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l dob -d 'Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand init" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand init" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand init" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand init" -l create-login -d 'PostgreSQL: create the user\'s database login if missing and grant the group roles of their listings (needs membership of isets_login_admin, which super users\' logins get)'
complete -c isets -n "__fish_isets_using_subcommand init" -l print-sql -d 'PostgreSQL: change no login; print the SQL that creates it or brings its group roles in step with the listings, for a DBA to run'
complete -c isets -n "__fish_isets_using_subcommand init" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand init" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand init" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand init" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand init" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -f -a "migrate" -d 'Apply pending schema migrations (creates a SQLite database if there is none)'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -f -a "status" -d 'List applied and pending migrations'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -f -a "check" -d 'Check that every statement of this build prepares against the database\'s schema'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -f -a "setup" -d 'Set up PostgreSQL\'s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -f -a "check-roles" -d 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any'
complete -c isets -n "__fish_isets_using_subcommand db; and not __fish_seen_subcommand_from migrate status check setup check-roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Only list the migrations that would be applied'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -l dry-run -d 'Print the SQL instead of running it'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from check-roles" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending schema migrations (creates a SQLite database if there is none)'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'List applied and pending migrations'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that every statement of this build prepares against the database\'s schema'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Set up PostgreSQL\'s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check-roles" -d 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any'
complete -c isets -n "__fish_isets_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -f -a "add" -d 'Add a user with a listing; an existing account for the same person is reused (U1–U4)'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -f -a "remove" -d 'Remove one listing or all of them; the account and its history stay (U5)'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -f -a "list" -d 'List users with their listings and last activity (U6)'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -f -a "show" -d 'Show one user with every listing, past and present'
complete -c isets -n "__fish_isets_using_subcommand user; and not __fish_seen_subcommand_from add remove list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l first -d 'First name (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l last -d 'Last name (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l dob -d 'Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l org -d 'Organization to list the user on: IDHS or a provider\'s name' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role on that organization' -r -f -a "super-user\t''
wfd\t''
provider-manager\t''
billing\t''
program-manager\t''
provider-staff\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l access-request -d 'Reference of the signed access request, form IL444-2022 (provider users, U3)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l manager-request -d 'Reference of the manager\'s written request (IDHS staff, U3)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l authorized-by -d 'Who authorized the access (U3)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l location -d 'Limit the listing to this location of the provider (repeatable); without it the listing covers all of the provider\'s locations and their customers (§1)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Add the listing even when the person\'s account is listed with another organization (U4)'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l create-login -d 'PostgreSQL: create the user\'s database login if missing and grant the group roles of their listings (needs membership of isets_login_admin, which super users\' logins get)'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l print-sql -d 'PostgreSQL: change no login; print the SQL that creates it or brings its group roles in step with the listings, for a DBA to run'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l org -d 'Organization of the listing to remove (with --role)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l role -d 'Role of the listing to remove (with --org)' -r -f -a "super-user\t''
wfd\t''
provider-manager\t''
billing\t''
program-manager\t''
provider-staff\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l requested-by -d 'Username of the authorized representative who asked for the removal (U5)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l all -d 'Remove every listing'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l print-sql -d 'PostgreSQL: change no login; print the SQL that revokes the group roles (and with --all disables the login), for a DBA to run'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l org -d 'Only listings on this organization' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only listings with this role' -r -f -a "super-user\t''
wfd\t''
provider-manager\t''
billing\t''
program-manager\t''
provider-staff\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l stale -d 'Only users with no recorded activity in this many days (U6 review)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -l all -d 'Include removed listings'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user with a listing; an existing account for the same person is reused (U1–U4)'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove one listing or all of them; the account and its history stay (U5)'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users with their listings and last activity (U6)'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user with every listing, past and present'
complete -c isets -n "__fish_isets_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List organizations (IDHS and providers) within the operator\'s reach'
complete -c isets -n "__fish_isets_using_subcommand org; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organizations (IDHS and providers) within the operator\'s reach'
complete -c isets -n "__fish_isets_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add" -d 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "set-spcq" -d 'Record a provider\'s SPCQ approval date, or mark it pending again (U2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "list" -d 'List providers within the operator\'s reach'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "show" -d 'Show a provider: contracts, goals, locations, programs, services, users'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-location" -d 'Add a location where the provider serves customers (P1)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "locations" -d 'List a provider\'s locations'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-contract" -d 'Add an executed contract with its goals (P2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "amend-contract" -d 'Amend a contract; the earlier version is kept (P2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "contracts" -d 'List a provider\'s contracts; --history adds every earlier version (P2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-program" -d 'Add an E&T program under a contract and location (P3, P4)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "remove-program" -d 'Remove a program of the current or a future fiscal year (P6)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "programs" -d 'List a provider\'s programs'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "program" -d 'Show one program with its activities and criteria'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "services" -d 'Show, enable or disable the activities and services used on career plans (P5)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-appointment-site" -d 'Add an appointment site (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "appointment-sites" -d 'List appointment sites'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-appointment" -d 'Schedule appointments at a site, optionally every week (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "appointments" -d 'List scheduled appointments'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-worksite" -d 'Add a worksite for work experience, Earnfare or OJT (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "worksites" -d 'List worksites'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-audit" -d 'Record a periodic audit of the provider (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "audits" -d 'List a provider\'s audits'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "add-note" -d 'Add a provider case note (about the agency, not a customer) (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "notes" -d 'List provider case notes'
complete -c isets -n "__fish_isets_using_subcommand provider; and not __fish_seen_subcommand_from add set-spcq list show add-location locations add-contract amend-contract contracts add-program remove-program programs program services add-appointment-site appointment-sites add-appointment appointments add-worksite worksites add-audit audits add-note notes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l spcq-approved-on -d 'Date the Security and Privacy Controls Questionnaire was approved (today or earlier)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l spcq-pending -d 'The SPCQ is not approved yet: record the provider without one (U2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l approved-on -d 'Date the SPCQ was approved (today or earlier)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l pending -d 'No approved SPCQ on file: its users can do nothing until one is'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from set-spcq" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l name -d 'Name contains this text' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l program -d 'Has a contract for this program' -r -f -a "snap-jp\t''
snap-to-success\t''
earnfare\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l county -d 'Has a location in this county' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l name -d 'Location name (unique for the provider)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l address -d 'Street address' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l county -d 'County' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l dhs-office -d 'IDHS office (Family Community Resource Center) serving it' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-location" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from locations" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l number -d 'Contract number, e.g. FCSABC123 (unique)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l program -d 'Program offered' -r -f -a "snap-jp\t''
snap-to-success\t''
earnfare\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l start -d 'Start date' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l end -d 'End date (on or after the start)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l amount -d 'Dollar amount, two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l goal -d 'Measurable goal, CATEGORY=N (enrolled, active, employed, retained-90-days, credentials, completed-activity, exits)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-contract" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l program -d 'New program offered' -r -f -a "snap-jp\t''
snap-to-success\t''
earnfare\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l start -d 'New start date' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l end -d 'New end date' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l amount -d 'New dollar amount, two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l goal -d 'Set a goal, CATEGORY=N; other goals are kept' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from amend-contract" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -l history -d 'Include earlier versions of amended contracts'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from contracts" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l contract -d 'Contract number it belongs to' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l location -d 'Location name where it is administered' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l type -d 'Program type' -r -f -a "snap-jp\t''
snap-to-success\t''
earnfare\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l fiscal-year -d 'Fiscal year, FY25 or 2025 (P3: July 1 – June 30)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l activity -d 'Activity it is contracted to provide (repeatable): SJS, JST, VT, …' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l description -d 'What the program offers, shown when matching referrals' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l target-occupation -d 'Target occupation, a SOC code such as 43-4051' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l criterion -d 'Matching criterion for program recommendations (repeatable)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l full-time -d 'Offered full time'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l part-time -d 'Offered part time'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-program" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -s y -l yes -d 'Do not ask for confirmation'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from remove-program" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -l fiscal-year -d 'Only this fiscal year (FY25 or 2025)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from programs" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from program" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l enable -d 'Enable this activity or service code (repeatable)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l disable -d 'Disable this activity or service code (repeatable)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from services" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l name -d 'Site name' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l location -d 'The provider location it is at' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l instructions -d 'Instructions, e.g. bring an ID and the referral form' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment-site" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointment-sites" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l site -d 'Appointment site name' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l start -d 'Start, "YYYY-MM-DD HH:MM" local time' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l end -d 'End [default: one hour after the start]' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l openings -d 'Number of openings' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l weekly-until -d 'Repeat every week at the same time through this date' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-appointment" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -l site -d 'Only this site' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from appointments" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l name -d 'Worksite name (unique for the provider)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l address -d 'Street address' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l type -d 'Kind of placement' -r -f -a "work-experience\t''
earnfare\t''
ojt\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l contact -d 'Primary contact\'s name' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l contact-phone -d 'Primary contact\'s phone' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l contact-email -d 'Primary contact\'s email' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-worksite" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from worksites" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l date -d 'Date of the audit' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l title -d 'Title, e.g. "FY25 monitoring"' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l findings -d 'Findings' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-audit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from audits" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l subject -d 'Subject line' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l message -d 'The note' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from add-note" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from notes" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "set-spcq" -d 'Record a provider\'s SPCQ approval date, or mark it pending again (U2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "list" -d 'List providers within the operator\'s reach'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a provider: contracts, goals, locations, programs, services, users'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-location" -d 'Add a location where the provider serves customers (P1)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "locations" -d 'List a provider\'s locations'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-contract" -d 'Add an executed contract with its goals (P2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "amend-contract" -d 'Amend a contract; the earlier version is kept (P2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "contracts" -d 'List a provider\'s contracts; --history adds every earlier version (P2)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-program" -d 'Add an E&T program under a contract and location (P3, P4)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "remove-program" -d 'Remove a program of the current or a future fiscal year (P6)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "programs" -d 'List a provider\'s programs'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "program" -d 'Show one program with its activities and criteria'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "services" -d 'Show, enable or disable the activities and services used on career plans (P5)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-appointment-site" -d 'Add an appointment site (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "appointment-sites" -d 'List appointment sites'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-appointment" -d 'Schedule appointments at a site, optionally every week (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "appointments" -d 'List scheduled appointments'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-worksite" -d 'Add a worksite for work experience, Earnfare or OJT (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "worksites" -d 'List worksites'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-audit" -d 'Record a periodic audit of the provider (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "audits" -d 'List a provider\'s audits'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add-note" -d 'Add a provider case note (about the agency, not a customer) (P7)'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "notes" -d 'List provider case notes'
complete -c isets -n "__fish_isets_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "search-ies" -d 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "search" -d 'Search ISETS customers within reach: a last name\'s start (with --first, or an initial), a case number, an individual number, or a provider\'s list (S6)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "history" -d 'A customer\'s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "add" -d 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "assign" -d 'Assign a customer to a program of a provider, with the IDHS office (S5)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "edit" -d 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer\'s providers); the next import overwrites both (I2)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "show" -d 'A customer\'s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "team" -d 'The customer\'s Integrated Resource Team: the partners with access (K1)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "status" -d 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "progress" -d 'Set the customer\'s level of progress (T4)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "recommend" -d 'The current programs ranked by how well they fit the customer\'s current Initial Screening, with a match percentage (A1, P4)'
complete -c isets -n "__fish_isets_using_subcommand customer; and not __fish_seen_subcommand_from search-ies search history add assign edit show team status progress recommend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l first -d 'First name, spelled as IES has it' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l last -d 'Last name, spelled as IES has it' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l individual-number -d 'The 9-digit individual number (the surest match)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l case-number -d 'The SNAP case number' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l dob -d 'Date of birth as MM/DD/YYYY' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l email -d 'Then look for the person\'s ISETS account by this email, and make one from the IES data when there is none (S3)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search-ies" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l last -d 'The start of the last name' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l first -d 'A first name or its initial (with --last)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l case-number -d 'The SNAP case number' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l individual-number -d 'The 9-digit individual number' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l provider -d 'The customers assigned to this provider' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l limit -d 'At most this many, exact last names first' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l individual-number -d 'The 9-digit individual number IES gave the person' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l case-number -d 'The SNAP case number' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l last -d 'Last name, as IES has it' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l first -d 'First name, as IES has it' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l dob -d 'Date of birth: YYYY-MM-DD or MM/DD/YYYY' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l ssn-last4 -d 'The last four digits of the SSN' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l email -d 'The person\'s email, which is also their ISETS account' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l phone -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l street -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l city -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l zip -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l county -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l redetermination-date -d 'YYYY-MM-DD or MM/DD/YYYY' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l midpoint-date -d 'YYYY-MM-DD or MM/DD/YYYY' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l abawd -d 'Able-bodied adult without dependents: Y or N' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l office -d 'The IDHS office (FCRC) the customer belongs to' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l program -d 'The program\'s id (see `isets provider programs PROVIDER`)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l office -d 'The IDHS office (FCRC)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l snap-status -d 'Y, N or P (pending application): IDHS staff only' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l case-number -d 'The SNAP case number: the customer\'s providers' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -f -a "add" -d 'Put a partner on the customer\'s team, through one of their organizations (K1)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -f -a "remove" -d 'Take a partner off the team (they keep the history; --reason is recorded)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -f -a "list" -d 'The team: current members first, then former ones'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from team" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l set -d 'The status to set by hand: inactive, active (back from inactive), wait-list or consent-revoked (T5)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l level -d 'acceptable, not-participating, not-progressing or not-appropriate (no longer appropriate for provider services)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from progress" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -l all -d 'Also list programs that match 0% (the manual\'s "Show 0% matches")'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from recommend" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "search-ies" -d 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search ISETS customers within reach: a last name\'s start (with --first, or an initial), a case number, an individual number, or a provider\'s list (S6)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "history" -d 'A customer\'s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a customer to a program of a provider, with the IDHS office (S5)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer\'s providers); the next import overwrites both (I2)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'A customer\'s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "team" -d 'The customer\'s Integrated Resource Team: the partners with access (K1)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "status" -d 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "progress" -d 'Set the customer\'s level of progress (T4)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "recommend" -d 'The current programs ranked by how well they fit the customer\'s current Initial Screening, with a match percentage (A1, P4)'
complete -c isets -n "__fish_isets_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Write a case note on a customer; notes are never changed afterwards (H1)'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'A customer\'s case notes, oldest first'
complete -c isets -n "__fish_isets_using_subcommand note; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l subject -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l message -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l org -d 'The organization the note is written for, when the operator writes for several' -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "add" -d 'Write a case note on a customer; notes are never changed afterwards (H1)'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "list" -d 'A customer\'s case notes, oldest first'
complete -c isets -n "__fish_isets_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -f -a "add" -d 'Attach a file to a customer, such as their signed Employment Plan (E8)'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -f -a "list" -d 'A customer\'s documents, oldest first'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -f -a "get" -d 'Write a document\'s content to a file, checked against its SHA-256'
complete -c isets -n "__fish_isets_using_subcommand document; and not __fish_seen_subcommand_from add list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l category -d 'What the document is: Plan (a signed Employment Plan)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l org -d 'The organization the document is added for, when the operator works for several' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -s o -l output -d 'Where to write it' -r -F
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -l force -d 'Replace the output file if it exists'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "add" -d 'Attach a file to a customer, such as their signed Employment Plan (E8)'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "list" -d 'A customer\'s documents, oldest first'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "get" -d 'Write a document\'s content to a file, checked against its SHA-256'
complete -c isets -n "__fish_isets_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -f -a "add" -d 'Close a business day: an extra closure day (F7; super users)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -f -a "remove" -d 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -f -a "list" -d 'List a year\'s closed days, with their actual and observed dates (F7)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and not __fish_seen_subcommand_from add remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l name -d 'What the closure is, as the state\'s schedule names it' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -l year -d 'The year [default: this year in Illinois]' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "add" -d 'Close a business day: an extra closure day (F7; super users)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a year\'s closed days, with their actual and observed dates (F7)'
complete -c isets -n "__fish_isets_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'A customer\'s assessments, oldest first, with the state of each (A2)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l completed-on -d 'The day it was completed: YYYY-MM-DD or MM/DD/YYYY (A2)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l provider -d 'The provider it is entered for, when the operator enters for several (IDHS staff: a provider they may act for instead of IDHS)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l county -d 'Screening: the county the customer lives in [default: IES\'s]' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l availability -d 'Screening: full-time, part-time or either' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l education -d 'Screening: the highest level completed (see above)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l soc -d 'Screening: the desired occupation\'s SOC code, NN-NNNN' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l occupation -d 'Screening: the desired occupation in words' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l barrier -d 'Screening: a barrier (repeatable; see above)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l initial -d 'The Initial Screening (eligibility and suitability), needed before a referral (A1)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l needs -d 'The Needs Assessment Survey'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -l due-soon-days -d 'Days before an assessment is overdue that it shows as due soon (A2) [env: ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from help" -f -a "list" -d 'A customer\'s assessments, oldest first, with the state of each (A2)'
complete -c isets -n "__fish_isets_using_subcommand assessment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -f -a "send" -d 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -f -a "respond" -d 'Accept or reject a referral sent to your side (F4)'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -f -a "show" -d 'One referral with every version: the newest current, the older ones historical (F3)'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -f -a "list" -d 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -f -a "expire" -d 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)'
complete -c isets -n "__fish_isets_using_subcommand referral; and not __fish_seen_subcommand_from send respond show list expire help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l to -d 'The receiving side: a provider\'s name, or IDHS (a reverse referral)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l from -d 'The sending provider: a referral to a provider from it, or a reverse referral (to IDHS) [default for a reverse referral: the operator\'s own]' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l program -d 'The receiving program\'s id (a referral to a provider; see `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l assessment-date -d 'F2: the day the assessment was completed [default: the current Initial Screening\'s]' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l receives-snap -d 'F2: whether the person receives SNAP benefits (yes or no)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l eligible -d 'F2: whether the person is eligible for SNAP E&T (yes or no)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l appointment -d 'F2: an intake appointment of the provider\'s schedule (its id)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l benefit-amount -d 'R2: the Earnfare benefit amount, set with a referral to an Earnfare program (from the day it is sent; `isets earnfare set-benefit` changes it later)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l note -d 'Notes for the receiving side' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l consent-attested -d 'F2: attest that the uploaded Referral Form (5179) carries the customer\'s signature'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l receives-snap -d 'Reverse referral: whether the person receives SNAP benefits, as IES says (yes or no)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l eligible -d 'Reverse referral: whether the person is eligible for SNAP E&T (yes or no)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l note -d 'A note kept with the answer' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l accept -d 'Accept the referral'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l reject -d 'Reject the referral; --reason says why (F4)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from respond" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l provider -d 'Only referrals sent to or by this provider' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s referrals (individual number)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l pending -d 'Only referrals not answered yet'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l red-flag -d 'Only referrals pending 48 business hours after they were sent (D2)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l overdue -d 'Only referrals pending past their own deadline (F5)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -l fail-if-any -d 'Exit 1 when the list is not empty (for cron and CI)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from expire" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "respond" -d 'Accept or reject a referral sent to your side (F4)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "show" -d 'One referral with every version: the newest current, the older ones historical (F3)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "list" -d 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "expire" -d 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)'
complete -c isets -n "__fish_isets_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand enroll" -l provider -d 'The enrolling provider; only its reports count the enrollment (N6)' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l program -d 'The provider\'s program (its id, see `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l date -d 'The enrollment date (YYYY-MM-DD)' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l activity -d 'An activity to plan under the default goal (a catalogue code such as SJS); repeatable' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l planned-end -d 'The planned end of those activities [default: 30 June of the fiscal year of --date]' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand enroll" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand enroll" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand enroll" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand enroll" -l reverified -d 'Eligibility was re-verified and the assessment updated (N1\'s 45-day path, N5)'
complete -c isets -n "__fish_isets_using_subcommand enroll" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand enroll" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand enroll" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand enroll" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand enroll" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -f -a "show" -d 'A customer\'s Employment Plan: each goal and its activities, with the E3 and E8 flags'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -f -a "goal" -d 'The goals of the plan (E1)'
complete -c isets -n "__fish_isets_using_subcommand ep; and not __fish_seen_subcommand_from show goal help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -l provider -d 'Only this provider\'s goals' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -f -a "add" -d 'Add a goal to a provider\'s part of the plan'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -f -a "edit" -d 'Change a goal\'s title, category, term or status'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -f -a "remove" -d 'Remove a goal with nothing under it (E1)'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from goal" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from help" -f -a "show" -d 'A customer\'s Employment Plan: each goal and its activities, with the E3 and E8 flags'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from help" -f -a "goal" -d 'The goals of the plan (E1)'
complete -c isets -n "__fish_isets_using_subcommand ep; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -f -a "add" -d 'Add a Planned/Not Started activity under a goal of the customer\'s plan (E1, E3, E4, N4)'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -f -a "start" -d 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -f -a "close" -d 'Close a started activity on its actual completion date (E5)'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -f -a "delete" -d 'Delete a never-started activity (E2, E3)'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -f -a "extend" -d 'Move the planned end of a planned or started activity'
complete -c isets -n "__fish_isets_using_subcommand activity; and not __fish_seen_subcommand_from add start close delete extend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l goal -d 'The goal of the Employment Plan it sits under (E1)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l code -d 'A catalogue code: SJS, JST, JR, ... (DOMAIN.md §4)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l planned-start -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l planned-end -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l provider -d 'The service provider whose reports it counts in (E6) [default: the enrolling provider]' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l enrollment -d 'The enrollment, when the customer has several open ones with your providers' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l date -d 'The day it started: not before the first of the month of enrollment (E4), not a day to come' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l date -d 'The actual completion date: not before the start, not a day to come' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l successful -d 'Successful Completion'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l unsuccessful -d 'Unsuccessful Completion'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l planned-end -d 'The new planned end: not before the planned start' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from extend" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a Planned/Not Started activity under a goal of the customer\'s plan (E1, E3, E4, N4)'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a started activity on its actual completion date (E5)'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a never-started activity (E2, E3)'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "extend" -d 'Move the planned end of a planned or started activity'
complete -c isets -n "__fish_isets_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand exit" -l provider -d 'The enrolling provider' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l program -d 'The provider\'s program the customer is enrolled in (its id)' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l status -d 'Program completion status: unsuccessful, moved or successful (X3)' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l exit-reason -d 'The exit reason the status allows (X3), as its code or its name' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l date -d 'The program completion date (YYYY-MM-DD)' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l skill-gain -d 'A Measurable Skill Gain made (X6, optional)' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l note -d 'The case note of the exit [default: the status, date and reason]' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand exit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand exit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand exit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand exit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand exit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand exit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand exit" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand exit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand unexit" -l employment -d 'The customer\'s employment the un-exit rests on (its id)' -r
complete -c isets -n "__fish_isets_using_subcommand unexit" -l note -d 'The case note [default: the employment and the Job Retention dates]' -r
complete -c isets -n "__fish_isets_using_subcommand unexit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand unexit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand unexit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand unexit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand unexit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand unexit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand unexit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand unexit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand unexit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand unexit" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand unexit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -f -a "add" -d 'Enter the hours attended in a week of a Started/Open activity (E7)'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -f -a "verify" -d 'Verify a week\'s hours: they count once verified by the provider\'s authorized staff (E7)'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -f -a "list" -d 'The weeks entered for an activity, or for all of a customer\'s activities'
complete -c isets -n "__fish_isets_using_subcommand attendance; and not __fish_seen_subcommand_from add verify list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l week -d 'A day of the week (kept as its Monday)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l hours -d 'Hours attended: 0 to 168, two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l week -d 'A day of the week (kept as its Monday)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l hours -d 'The hours verified, at most those entered [default: the hours entered]' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -l customer -d 'A customer\'s 9-digit individual number instead' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from help" -f -a "add" -d 'Enter the hours attended in a week of a Started/Open activity (E7)'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a week\'s hours: they count once verified by the provider\'s authorized staff (E7)'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from help" -f -a "list" -d 'The weeks entered for an activity, or for all of a customer\'s activities'
complete -c isets -n "__fish_isets_using_subcommand attendance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -f -a "add" -d 'Add a support service under a goal of the customer\'s plan (E1, E3, N5)'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -f -a "start" -d 'Start a planned support service on the day it started (E2, E4)'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -f -a "cost" -d 'Costs of support services: add, edit, list (V1–V5, V7)'
complete -c isets -n "__fish_isets_using_subcommand service; and not __fish_seen_subcommand_from add start cost help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l category -d 'BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE or TRANSPORTATION (DOMAIN.md §4)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l goal -d 'The goal of the Employment Plan it sits under (E1)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l planned-start -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l planned-end -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l start -d 'Started/Open at once, on this day (not a day to come)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l provider -d 'The provider giving it [default: the enrolling provider]' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l enrollment -d 'The enrollment, when the customer has several open ones with your providers' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l date -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -f -a "add" -d 'Add a cost to a Started/Open support service (V1–V5, V7)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -f -a "edit" -d 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -f -a "list" -d 'List a customer\'s support-service costs'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from cost" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a support service under a goal of the customer\'s plan (E1, E3, N5)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a planned support service on the day it started (E2, E4)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "cost" -d 'Costs of support services: add, edit, list (V1–V5, V7)'
complete -c isets -n "__fish_isets_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -f -a "list" -d 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -f -a "accept" -d 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -f -a "reject" -d 'Reject a pending override with a reason: its cost is void and the provider is told (V4)'
complete -c isets -n "__fish_isets_using_subcommand override; and not __fish_seen_subcommand_from list accept reject help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l provider -d 'Only this provider\'s' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -l pending -d 'Only the overrides still pending'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l note -d 'A word kept with the answer' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l reason -d 'Why it is rejected: kept with the override, told to the provider by a case note' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject a pending override with a reason: its cost is void and the provider is told (V4)'
complete -c isets -n "__fish_isets_using_subcommand override; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -f -a "list" -d 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -f -a "set" -d 'Set a category\'s maximum for a fiscal year, or its default for every year (V3; super users)'
complete -c isets -n "__fish_isets_using_subcommand caps; and not __fish_seen_subcommand_from list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -l fiscal-year -d 'The maximum in force that year for every support-service category ("none" where unset)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l category -d 'A support-service category: BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE, TRANSPORTATION' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l fiscal-year -d 'FY27 or 2027 (P3), or `default` for every year without its own' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l amount -d 'The maximum per customer, in dollars with two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a category\'s maximum for a fiscal year, or its default for every year (V3; super users)'
complete -c isets -n "__fish_isets_using_subcommand caps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -f -a "show" -d 'A customer\'s Earnfare participation: benefit, work hours and stipend (R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -f -a "set-benefit" -d 'Set a customer\'s benefit amount from a date (IDHS staff: super users, WFD, provider managers)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -f -a "benefits" -d 'Every benefit amount of a customer, newest effective first (R2)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and not __fish_seen_subcommand_from show set-benefit benefits help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -l month -d 'The month to show, with the one before it (YYYY-MM) [default: this month]' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l amount -d 'The monthly benefit amount, two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l effective -d 'The day it takes effect (YYYY-MM-DD or MM/DD/YYYY)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from set-benefit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from benefits" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from help" -f -a "show" -d 'A customer\'s Earnfare participation: benefit, work hours and stipend (R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from help" -f -a "set-benefit" -d 'Set a customer\'s benefit amount from a date (IDHS staff: super users, WFD, provider managers)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from help" -f -a "benefits" -d 'Every benefit amount of a customer, newest effective first (R2)'
complete -c isets -n "__fish_isets_using_subcommand earnfare; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -f -a "list" -d 'Every statewide setting with its value in force and its default'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -f -a "set" -d 'Set a statewide setting (super users); the audit log keeps the value before'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -f -a "reset" -d 'Put a setting back to its default (super users)'
complete -c isets -n "__fish_isets_using_subcommand settings; and not __fish_seen_subcommand_from list set reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every statewide setting with its value in force and its default'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a statewide setting (super users); the audit log keeps the value before'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Put a setting back to its default (super users)'
complete -c isets -n "__fish_isets_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -f -a "list" -d 'Every activity of the catalogue with the federal component it is reported under (G3)'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -f -a "set" -d 'Report an activity under another federal component, or none (super users; G3)'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and not __fish_seen_subcommand_from list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l component -d 'A federal component (see below), or `none`' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every activity of the catalogue with the federal component it is reported under (G3)'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from help" -f -a "set" -d 'Report an activity under another federal component, or none (super users; G3)'
complete -c isets -n "__fish_isets_using_subcommand federal-component; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "add" -d 'Enter a customer\'s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job\'s start (M1, M2, M4, T2)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "end" -d 'Record the last day of an employment (M1)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "verify" -d 'Enter a retention check once its period is reached, with its document and case note (M3)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "approve" -d 'Approve a period\'s verification: sets the Employment Verification Status (M3)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "list" -d 'A customer\'s employment with its retention and verifications (M1–M3)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "due" -d 'Customers in Job Retention due their 30-day contact or their exit (M5)'
complete -c isets -n "__fish_isets_using_subcommand employment; and not __fish_seen_subcommand_from add end verify approve list due help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l employer -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l soc -d 'The six-digit SOC code, NN-NNNN (M1)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l job-title -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l start -d 'The first day of the job: not a day to come' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l wage -d 'Dollars an hour, two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l hours -d 'Hours a week, two decimals at most (V5)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l industry -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l occupation -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l provider -d 'The provider the customer is enrolled with, when you act for several' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l enrollment -d 'The enrollment, when the customer has several open ones with your providers' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l full-time
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l part-time
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l date -d 'The last day: not before the start, not a day to come' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l note -d 'The case note this change of the Employment Plan needs (E5)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l period -d '30, 60 or 90 days from the start' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l document -d 'The verification document (pay stub, employer letter): stored as Employment Verification' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l note -d 'The case note the period needs (M3)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l period -d '30, 60 or 90' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l provider -d 'Only this provider\'s customers' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l contact -d 'Only those due their 30-day contact (no case note of the provider for 30 days)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -l exit -d 'Only those due for exit (employed beyond 90 days of Job Retention, 180 in SNAP to Success)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from due" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Enter a customer\'s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job\'s start (M1, M2, M4, T2)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "end" -d 'Record the last day of an employment (M1)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Enter a retention check once its period is reached, with its document and case note (M3)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a period\'s verification: sets the Employment Verification Status (M3)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "list" -d 'A customer\'s employment with its retention and verifications (M1–M3)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "due" -d 'Customers in Job Retention due their 30-day contact or their exit (M5)'
complete -c isets -n "__fish_isets_using_subcommand employment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "show" -d 'Show a month\'s staffing: its packet, customers, due dates and history (B1, B2)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "list" -d 'List the staffings in your reach, newest month first, with late parts flagged (B1)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "mark" -d 'The provider\'s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "verify" -d 'IDHS\'s eligibility verification of a customer (B2: WFD)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "attach" -d 'Attach a program document the month\'s packet asks for (B2)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "submit" -d 'Submit the provider\'s part, once the month has ended (B1, B8)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "approve" -d 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "unlock" -d 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and not __fish_seen_subcommand_from show list mark verify attach submit approve unlock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l provider -d 'Only this provider\'s' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l month -d 'Only this month\'s (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l progress -d 'The level of progress (T4): acceptable, not-participating, not-progressing, not-appropriate' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l note -d 'B10: what the full staffing discussed, recorded as a provider case note' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l full-staffing -d 'A full staffing (4334) is needed: the provider discusses the customer with the provider manager'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from mark" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l eligible -d 'Whether the customer is eligible for SNAP E&T: yes or no' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l kind -d 'admin-expenses-certification, financial-report, interest-report, periodic-performance-report' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a month\'s staffing: its packet, customers, due dates and history (B1, B2)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the staffings in your reach, newest month first, with late parts flagged (B1)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "mark" -d 'The provider\'s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "verify" -d 'IDHS\'s eligibility verification of a customer (B2: WFD)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach a program document the month\'s packet asks for (B2)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit the provider\'s part, once the month has ended (B1, B8)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)'
complete -c isets -n "__fish_isets_using_subcommand staffing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -f -a "submit" -d 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -f -a "approve" -d 'Review and approve a submitted billing packet: the month is final (B4)'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -f -a "request-changes" -d 'Send a submitted billing packet back with what to change or send (B4, B8)'
complete -c isets -n "__fish_isets_using_subcommand billing; and not __fish_seen_subcommand_from submit approve request-changes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l provider -d 'The provider' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l program -d 'The provider\'s program (its id, `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l message -d 'What the provider is to change or send' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from request-changes" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Review and approve a submitted billing packet: the month is final (B4)'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "request-changes" -d 'Send a submitted billing packet back with what to change or send (B4, B8)'
complete -c isets -n "__fish_isets_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -f -a "add" -d 'Enter a credential the customer earned (C1)'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -f -a "remove" -d 'Remove a credential entered in error: it is kept, marked removed (H1)'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -f -a "list" -d 'A customer\'s credentials, removed ones marked'
complete -c isets -n "__fish_isets_using_subcommand credential; and not __fish_seen_subcommand_from add remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l title -d 'The credential\'s name' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l institution -d 'Who awarded it' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l earned -d 'The date attained: not a day to come' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l type -d 'certification, license, diploma-ged, associates, bachelors, graduate, apprenticeship, other' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l source -d 'Where the credential comes from (the training, an employer, …)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l soc -d 'The SOC code of the occupation, NN-NNNN' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l occupation -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l cip -d 'The CIP code of the program of study, NN.NNNN' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l activity -d 'The activity of the plan it came from' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l provider -d 'The provider it is entered for, when you act for several the customer is enrolled with' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l industry-recognized -d 'Recognized by the industry: counts for performance'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l note -d 'Why: written as a case note' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "add" -d 'Enter a credential the customer earned (C1)'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a credential entered in error: it is kept, marked removed (H1)'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "list" -d 'A customer\'s credentials, removed ones marked'
complete -c isets -n "__fish_isets_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l provider -d 'Only this provider (a provider role: one of their own)' -r
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l list -d 'List what one count counted (customers, referrals or overrides), each with the day that makes it count; LINE is a line name (see --help)' -r -f -a "goal-enrolled\t''
goal-active\t''
goal-employed\t''
goal-retained-90-days\t''
goal-credentials\t''
goal-completed-activity\t''
goal-exits\t''
referrals-sent\t''
referrals-received\t''
referrals-accepted\t''
referrals-rejected\t''
referrals-red-flag\t''
referrals-overdue\t''
redeterminations-60\t''
redeterminations-30\t''
assessments-due\t''
assessments-overdue\t''
needs-assessment-missing\t''
needs-assessment-late\t''
retention-contact\t''
overrides-pending\t''
overrides-past-14-days\t''
staffings-due\t''
staffings-late\t''"
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l due-soon-days -d 'Days before an assessment is overdue that it counts as due soon (A2) [env: ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]' -r
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand dashboard" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand dashboard" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand dashboard" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -f -a "import" -d 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -f -a "batches" -d 'List the imports, newest first (I3)'
complete -c isets -n "__fish_isets_using_subcommand ies; and not __fish_seen_subcommand_from import batches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l as-of -d 'The date the extract is as of (YYYY-MM-DD or MM/DD/YYYY) [default: today]' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l rejects -d 'Write every rejected row to this CSV file (line, field, value, reason)' -r -F
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l force -d 'Import it even if a file with the same SHA-256 was imported before'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from batches" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from help" -f -a "batches" -d 'List the imports, newest first (I3)'
complete -c isets -n "__fish_isets_using_subcommand ies; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand apply" -l requested-by -d 'Who asked for the user listings --prune removes (U5)' -r
complete -c isets -n "__fish_isets_using_subcommand apply" -l reason -d 'Why: recorded with the audit record' -r
complete -c isets -n "__fish_isets_using_subcommand apply" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand apply" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand apply" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand apply" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand apply" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand apply" -l prune -d 'Also remove what the file omits: programs, appointment sites, user listings and disabled services of the providers it names (asks, or needs --yes)'
complete -c isets -n "__fish_isets_using_subcommand apply" -s y -l yes -d 'Do not ask: confirm --prune and people already listed elsewhere (U4)'
complete -c isets -n "__fish_isets_using_subcommand apply" -l dry-run -d 'Do everything, then roll back and show what would have changed'
complete -c isets -n "__fish_isets_using_subcommand apply" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand apply" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand apply" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand apply" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand plan" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand plan" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand plan" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand plan" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand plan" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand plan" -l prune -d 'Show what --prune would remove too'
complete -c isets -n "__fish_isets_using_subcommand plan" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand plan" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand plan" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand plan" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "4333" -d 'The 4333 roster: the customers of a provider\'s program in a month (B5)'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "employment" -d 'The Employment Report: the jobs of a program\'s customers in a month (B6, M2, M3)'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "support-services" -d 'The Supportive Services Summary: a month\'s payments by customer and category (B6, V4)'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "earnfare-2606" -d 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "fns-583" -d 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "pptt-audit" -d 'The data accuracy audit: a provider\'s PPTT compared with ISETS for a month (B7, B9)'
complete -c isets -n "__fish_isets_using_subcommand report; and not __fish_seen_subcommand_from 4333 employment support-services earnfare-2606 fns-583 pptt-audit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l provider -d 'The provider agency (its name)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l program -d 'The provider\'s program (its id, see `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -s o -l output -d 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -l force -d 'Replace FILE if it exists'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from 4333" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l provider -d 'The provider agency (its name)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l program -d 'The provider\'s program (its id, see `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -s o -l output -d 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -l force -d 'Replace FILE if it exists'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from employment" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l provider -d 'The provider agency (its name)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l program -d 'The provider\'s program (its id, see `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -s o -l output -d 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -l force -d 'Replace FILE if it exists'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from support-services" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l provider -d 'The provider agency (its name)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l program -d 'The provider\'s program (its id, see `isets provider programs`)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l month -d 'The month (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -s o -l output -d 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -l force -d 'Replace FILE if it exists'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from earnfare-2606" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l federal-fiscal-year -d 'The federal fiscal year, October–September, named by the year it ends in: FFY25 (G1)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l quarter -d 'The quarter: 1 (October–December), 2 (January–March), 3 (April–June), 4 (July–September)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l provider -d 'Only the activities this provider gives (E6); provider roles: one of their own' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -s o -l output -d 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l detail -d 'List the people behind every figure: month, component, individual number and name (G5)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -l force -d 'Replace FILE if it exists'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from fns-583" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l provider -d 'The provider agency (its name)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l month -d 'The month audited (YYYY-MM)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l program -d 'Only this program of the provider (its id, see `isets provider programs`); all of its programs without it' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l sheet -d 'The workbook\'s sheet to read (by name, in any case)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l fix-by -d 'The day the provider is to fix the findings by, at least 14 days from today (B9) [default: 14 days from today]' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -s o -l output -d 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -l force -d 'Replace FILE if it exists'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from pptt-audit" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "4333" -d 'The 4333 roster: the customers of a provider\'s program in a month (B5)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "employment" -d 'The Employment Report: the jobs of a program\'s customers in a month (B6, M2, M3)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "support-services" -d 'The Supportive Services Summary: a month\'s payments by customer and category (B6, V4)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "earnfare-2606" -d 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "fns-583" -d 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "pptt-audit" -d 'The data accuracy audit: a provider\'s PPTT compared with ISETS for a month (B7, B9)'
complete -c isets -n "__fish_isets_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "log" -d 'List audit records, oldest first'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "verify" -d 'Check the hash chain and name the first record that does not verify'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "head" -d 'Print the record count and the newest hash (the chain\'s head), to keep outside the database'
complete -c isets -n "__fish_isets_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l entity -d 'Only records about this entity: KIND (user, organization, contract, …) or KIND:ID (user:jdoe)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l operator -d 'Only records made by this operator' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only records made on or after this date' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect-head -d 'Also check that the chain still extends this head, as printed by `isets audit head -q` (repeatable)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect-heads -d 'Also check every head in FILE: one COUNT:HASH per line; blank lines and text after # are ignored' -r -F
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from head" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'List audit records, oldest first'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain and name the first record that does not verify'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the record count and the newest hash (the chain\'s head), to keep outside the database'
complete -c isets -n "__fish_isets_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show the effective settings and where each came from (passwords redacted)'
complete -c isets -n "__fish_isets_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the effective settings and where each came from (passwords redacted)'
complete -c isets -n "__fish_isets_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "man" -d 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5'
complete -c isets -n "__fish_isets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from completions" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -l database-url -d 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)' -r
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -l as -d 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)' -r
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]' -r -F
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -l color -d 'When to use colour (NO_COLOR turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -s q -l quiet -d 'Print only ids; no status messages'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -s v -l verbose -d 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -s h -l help -d 'Print help'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from man" -s V -l version -d 'Print version'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "man" -d 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5'
complete -c isets -n "__fish_isets_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "init" -d 'Create the schema, the organization IDHS and the first super user'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "db" -d 'Database schema: migrate, status and check'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "user" -d 'User accounts and their listings (U1–U6)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "org" -d 'Organizations: IDHS and the providers'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "provider" -d 'Provider agencies'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "customer" -d 'Customers: find them in IES, enter, assign and search them, their record and team'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "note" -d 'Case notes on customers'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "document" -d 'Documents attached to customers, such as the signed Employment Plan (E8)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "calendar" -d 'The business-day calendar deadlines are counted on: closures and holidays (F7)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "assessment" -d 'Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "referral" -d 'Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "enroll" -d 'Enroll a customer in a provider\'s program, with the default goal and planned activities (N1–N6)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "ep" -d 'The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "activity" -d 'Activities of a customer\'s Employment Plan: add, start, close, delete, extend (E2–E6)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "exit" -d 'Exit a customer from a provider\'s program (X1–X3, X6)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "unexit" -d 'Take back an exit on employment of 20+ hours a week found within 60 days (X4)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "attendance" -d 'Weekly attendance of started activities, and its verification (E7)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "service" -d 'Support services of a customer\'s plan and their costs (E1, E3, V1–V5, V7)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "override" -d 'Cost overrides past a support-service maximum: list, accept, reject (V4, V6)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "caps" -d 'Support-service maximums per customer and fiscal year (V3)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "earnfare" -d 'Earnfare participation: the benefit amount, work hours and stipend (R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "settings" -d 'Statewide settings the rules read: the Earnfare figures (R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "federal-component" -d 'The federal E&T component each activity is reported under on the FNS-583 (G3)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "employment" -d 'Employment, its Job Retention and retention checks (M1–M5)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "staffing" -d 'A provider program\'s monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "billing" -d 'The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "credential" -d 'Credentials a customer earned (C1)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "dashboard" -d 'The dashboard: per provider, the year\'s counts against contract goals, referrals, redeterminations and what needs doing (D1–D4); --list shows what a count counted'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "ies" -d 'The IES extract: import it, list the imports (format: man 5 isets-ies)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "apply" -d 'Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "plan" -d 'Show what `isets apply FILE` would change (exit 1 when changes are pending)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "report" -d 'Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "audit" -d 'The audit log: list it, verify its chain, print its head'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "config" -d 'Configuration'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "generate" -d 'Generate shell completions and man pages'
complete -c isets -n "__fish_isets_using_subcommand help; and not __fish_seen_subcommand_from init db user org provider customer note document calendar assessment referral enroll ep activity exit unexit attendance service override caps earnfare settings federal-component employment staffing billing credential dashboard ies apply plan report audit config generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending schema migrations (creates a SQLite database if there is none)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'List applied and pending migrations'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check that every statement of this build prepares against the database\'s schema'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "setup" -d 'Set up PostgreSQL\'s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check-roles" -d 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user with a listing; an existing account for the same person is reused (U1–U4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove one listing or all of them; the account and its history stay (U5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users with their listings and last activity (U6)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user with every listing, past and present'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List organizations (IDHS and providers) within the operator\'s reach'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add" -d 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "set-spcq" -d 'Record a provider\'s SPCQ approval date, or mark it pending again (U2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "list" -d 'List providers within the operator\'s reach'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "show" -d 'Show a provider: contracts, goals, locations, programs, services, users'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-location" -d 'Add a location where the provider serves customers (P1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "locations" -d 'List a provider\'s locations'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-contract" -d 'Add an executed contract with its goals (P2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "amend-contract" -d 'Amend a contract; the earlier version is kept (P2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "contracts" -d 'List a provider\'s contracts; --history adds every earlier version (P2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-program" -d 'Add an E&T program under a contract and location (P3, P4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "remove-program" -d 'Remove a program of the current or a future fiscal year (P6)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "programs" -d 'List a provider\'s programs'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "program" -d 'Show one program with its activities and criteria'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "services" -d 'Show, enable or disable the activities and services used on career plans (P5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-appointment-site" -d 'Add an appointment site (P7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "appointment-sites" -d 'List appointment sites'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-appointment" -d 'Schedule appointments at a site, optionally every week (P7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "appointments" -d 'List scheduled appointments'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-worksite" -d 'Add a worksite for work experience, Earnfare or OJT (P7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "worksites" -d 'List worksites'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-audit" -d 'Record a periodic audit of the provider (P7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "audits" -d 'List a provider\'s audits'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add-note" -d 'Add a provider case note (about the agency, not a customer) (P7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "notes" -d 'List provider case notes'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "search-ies" -d 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "search" -d 'Search ISETS customers within reach: a last name\'s start (with --first, or an initial), a case number, an individual number, or a provider\'s list (S6)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "history" -d 'A customer\'s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "add" -d 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "assign" -d 'Assign a customer to a program of a provider, with the IDHS office (S5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "edit" -d 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer\'s providers); the next import overwrites both (I2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'A customer\'s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "team" -d 'The customer\'s Integrated Resource Team: the partners with access (K1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "status" -d 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "progress" -d 'Set the customer\'s level of progress (T4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "recommend" -d 'The current programs ranked by how well they fit the customer\'s current Initial Screening, with a match percentage (A1, P4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "add" -d 'Write a case note on a customer; notes are never changed afterwards (H1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "list" -d 'A customer\'s case notes, oldest first'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from document" -f -a "add" -d 'Attach a file to a customer, such as their signed Employment Plan (E8)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from document" -f -a "list" -d 'A customer\'s documents, oldest first'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from document" -f -a "get" -d 'Write a document\'s content to a file, checked against its SHA-256'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "add" -d 'Close a business day: an extra closure day (F7; super users)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "remove" -d 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "list" -d 'List a year\'s closed days, with their actual and observed dates (F7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from assessment" -f -a "add" -d 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from assessment" -f -a "list" -d 'A customer\'s assessments, oldest first, with the state of each (A2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "send" -d 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "respond" -d 'Accept or reject a referral sent to your side (F4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "show" -d 'One referral with every version: the newest current, the older ones historical (F3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "list" -d 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "expire" -d 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from ep" -f -a "show" -d 'A customer\'s Employment Plan: each goal and its activities, with the E3 and E8 flags'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from ep" -f -a "goal" -d 'The goals of the plan (E1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "add" -d 'Add a Planned/Not Started activity under a goal of the customer\'s plan (E1, E3, E4, N4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "start" -d 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "close" -d 'Close a started activity on its actual completion date (E5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "delete" -d 'Delete a never-started activity (E2, E3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "extend" -d 'Move the planned end of a planned or started activity'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from attendance" -f -a "add" -d 'Enter the hours attended in a week of a Started/Open activity (E7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from attendance" -f -a "verify" -d 'Verify a week\'s hours: they count once verified by the provider\'s authorized staff (E7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from attendance" -f -a "list" -d 'The weeks entered for an activity, or for all of a customer\'s activities'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "add" -d 'Add a support service under a goal of the customer\'s plan (E1, E3, N5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "start" -d 'Start a planned support service on the day it started (E2, E4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "cost" -d 'Costs of support services: add, edit, list (V1–V5, V7)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from override" -f -a "list" -d 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from override" -f -a "accept" -d 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from override" -f -a "reject" -d 'Reject a pending override with a reason: its cost is void and the provider is told (V4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from caps" -f -a "list" -d 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from caps" -f -a "set" -d 'Set a category\'s maximum for a fiscal year, or its default for every year (V3; super users)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from earnfare" -f -a "show" -d 'A customer\'s Earnfare participation: benefit, work hours and stipend (R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from earnfare" -f -a "set-benefit" -d 'Set a customer\'s benefit amount from a date (IDHS staff: super users, WFD, provider managers)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from earnfare" -f -a "benefits" -d 'Every benefit amount of a customer, newest effective first (R2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'Every statewide setting with its value in force and its default'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Set a statewide setting (super users); the audit log keeps the value before'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "reset" -d 'Put a setting back to its default (super users)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from federal-component" -f -a "list" -d 'Every activity of the catalogue with the federal component it is reported under (G3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from federal-component" -f -a "set" -d 'Report an activity under another federal component, or none (super users; G3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from employment" -f -a "add" -d 'Enter a customer\'s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job\'s start (M1, M2, M4, T2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from employment" -f -a "end" -d 'Record the last day of an employment (M1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from employment" -f -a "verify" -d 'Enter a retention check once its period is reached, with its document and case note (M3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from employment" -f -a "approve" -d 'Approve a period\'s verification: sets the Employment Verification Status (M3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from employment" -f -a "list" -d 'A customer\'s employment with its retention and verifications (M1–M3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from employment" -f -a "due" -d 'Customers in Job Retention due their 30-day contact or their exit (M5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "show" -d 'Show a month\'s staffing: its packet, customers, due dates and history (B1, B2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "list" -d 'List the staffings in your reach, newest month first, with late parts flagged (B1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "mark" -d 'The provider\'s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "verify" -d 'IDHS\'s eligibility verification of a customer (B2: WFD)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "attach" -d 'Attach a program document the month\'s packet asks for (B2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "submit" -d 'Submit the provider\'s part, once the month has ended (B1, B8)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "approve" -d 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from staffing" -f -a "unlock" -d 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "submit" -d 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "approve" -d 'Review and approve a submitted billing packet: the month is final (B4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "request-changes" -d 'Send a submitted billing packet back with what to change or send (B4, B8)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "add" -d 'Enter a credential the customer earned (C1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "remove" -d 'Remove a credential entered in error: it is kept, marked removed (H1)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "list" -d 'A customer\'s credentials, removed ones marked'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from ies" -f -a "import" -d 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from ies" -f -a "batches" -d 'List the imports, newest first (I3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "4333" -d 'The 4333 roster: the customers of a provider\'s program in a month (B5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "employment" -d 'The Employment Report: the jobs of a program\'s customers in a month (B6, M2, M3)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "support-services" -d 'The Supportive Services Summary: a month\'s payments by customer and category (B6, V4)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "earnfare-2606" -d 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "fns-583" -d 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "pptt-audit" -d 'The data accuracy audit: a provider\'s PPTT compared with ISETS for a month (B7, B9)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit records, oldest first'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain and name the first record that does not verify'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the record count and the newest hash (the chain\'s head), to keep outside the database'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the effective settings and where each came from (passwords redacted)'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c isets -n "__fish_isets_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "man" -d 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5'
