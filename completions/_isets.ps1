
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'isets' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'isets'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'isets' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema, the organization IDHS and the first super user')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Database schema: migrate, status and check')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'User accounts and their listings (U1–U6)')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: IDHS and the providers')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Provider agencies')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers: find them in IES, enter, assign and search them, their record and team')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Case notes on customers')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Documents attached to customers, such as the signed Employment Plan (E8)')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The business-day calendar deadlines are counted on: closures and holidays (F7)')
            [CompletionResult]::new('assessment', 'assessment', [CompletionResultType]::ParameterValue, 'Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)')
            [CompletionResult]::new('referral', 'referral', [CompletionResultType]::ParameterValue, 'Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll a customer in a provider''s program, with the default goal and planned activities (N1–N6)')
            [CompletionResult]::new('ep', 'ep', [CompletionResultType]::ParameterValue, 'The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Activities of a customer''s Employment Plan: add, start, close, delete, extend (E2–E6)')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Exit a customer from a provider''s program (X1–X3, X6)')
            [CompletionResult]::new('unexit', 'unexit', [CompletionResultType]::ParameterValue, 'Take back an exit on employment of 20+ hours a week found within 60 days (X4)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Weekly attendance of started activities, and its verification (E7)')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Support services of a customer''s plan and their costs (E1, E3, V1–V5, V7)')
            [CompletionResult]::new('override', 'override', [CompletionResultType]::ParameterValue, 'Cost overrides past a support-service maximum: list, accept, reject (V4, V6)')
            [CompletionResult]::new('caps', 'caps', [CompletionResultType]::ParameterValue, 'Support-service maximums per customer and fiscal year (V3)')
            [CompletionResult]::new('earnfare', 'earnfare', [CompletionResultType]::ParameterValue, 'Earnfare participation: the benefit amount, work hours and stipend (R1, R2)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Statewide settings the rules read: the Earnfare figures (R1, R2)')
            [CompletionResult]::new('federal-component', 'federal-component', [CompletionResultType]::ParameterValue, 'The federal E&T component each activity is reported under on the FNS-583 (G3)')
            [CompletionResult]::new('employment', 'employment', [CompletionResultType]::ParameterValue, 'Employment, its Job Retention and retention checks (M1–M5)')
            [CompletionResult]::new('staffing', 'staffing', [CompletionResultType]::ParameterValue, 'A provider program''s monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Credentials a customer earned (C1)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The dashboard: per provider, the year''s counts against contract goals, referrals, redeterminations and what needs doing (D1–D4); --list shows what a count counted')
            [CompletionResult]::new('ies', 'ies', [CompletionResultType]::ParameterValue, 'The IES extract: import it, list the imports (format: man 5 isets-ies)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `isets apply FILE` would change (exit 1 when changes are pending)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: list it, verify its chain, print its head')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Configuration')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate shell completions and man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;init' {
            [CompletionResult]::new('--super-user', '--super-user', [CompletionResultType]::ParameterName, 'Username of the first super user (on PostgreSQL, their database login)')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name (U1)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name (U1)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email (U1)')
            [CompletionResult]::new('--dob', '--dob', [CompletionResultType]::ParameterName, 'Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--create-login', '--create-login', [CompletionResultType]::ParameterName, 'PostgreSQL: create the user''s database login if missing and grant the group roles of their listings (needs membership of isets_login_admin, which super users'' logins get)')
            [CompletionResult]::new('--print-sql', '--print-sql', [CompletionResultType]::ParameterName, 'PostgreSQL: change no login; print the SQL that creates it or brings its group roles in step with the listings, for a DBA to run')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (creates a SQLite database if there is none)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List applied and pending migrations')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that every statement of this build prepares against the database''s schema')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up PostgreSQL''s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log')
            [CompletionResult]::new('check-roles', 'check-roles', [CompletionResultType]::ParameterValue, 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;db;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the migrations that would be applied')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;db;check' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;db;setup' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the SQL instead of running it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;db;check-roles' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (creates a SQLite database if there is none)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List applied and pending migrations')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that every statement of this build prepares against the database''s schema')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up PostgreSQL''s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log')
            [CompletionResult]::new('check-roles', 'check-roles', [CompletionResultType]::ParameterValue, 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;db;help;migrate' {
            break
        }
        'isets;db;help;status' {
            break
        }
        'isets;db;help;check' {
            break
        }
        'isets;db;help;setup' {
            break
        }
        'isets;db;help;check-roles' {
            break
        }
        'isets;db;help;help' {
            break
        }
        'isets;user' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a listing; an existing account for the same person is reused (U1–U4)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one listing or all of them; the account and its history stay (U5)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their listings and last activity (U6)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user with every listing, past and present')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;user;add' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name (U1)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name (U1)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email (U1)')
            [CompletionResult]::new('--dob', '--dob', [CompletionResultType]::ParameterName, 'Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization to list the user on: IDHS or a provider''s name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role on that organization')
            [CompletionResult]::new('--access-request', '--access-request', [CompletionResultType]::ParameterName, 'Reference of the signed access request, form IL444-2022 (provider users, U3)')
            [CompletionResult]::new('--manager-request', '--manager-request', [CompletionResultType]::ParameterName, 'Reference of the manager''s written request (IDHS staff, U3)')
            [CompletionResult]::new('--authorized-by', '--authorized-by', [CompletionResultType]::ParameterName, 'Who authorized the access (U3)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Limit the listing to this location of the provider (repeatable); without it the listing covers all of the provider''s locations and their customers (§1)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Add the listing even when the person''s account is listed with another organization (U4)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Add the listing even when the person''s account is listed with another organization (U4)')
            [CompletionResult]::new('--create-login', '--create-login', [CompletionResultType]::ParameterName, 'PostgreSQL: create the user''s database login if missing and grant the group roles of their listings (needs membership of isets_login_admin, which super users'' logins get)')
            [CompletionResult]::new('--print-sql', '--print-sql', [CompletionResultType]::ParameterName, 'PostgreSQL: change no login; print the SQL that creates it or brings its group roles in step with the listings, for a DBA to run')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;user;remove' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization of the listing to remove (with --role)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the listing to remove (with --org)')
            [CompletionResult]::new('--requested-by', '--requested-by', [CompletionResultType]::ParameterName, 'Username of the authorized representative who asked for the removal (U5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove every listing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--print-sql', '--print-sql', [CompletionResultType]::ParameterName, 'PostgreSQL: change no login; print the SQL that revokes the group roles (and with --all disables the login), for a DBA to run')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;user;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only listings on this organization')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only listings with this role')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Only users with no recorded activity in this many days (U6 review)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include removed listings')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;user;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a listing; an existing account for the same person is reused (U1–U4)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one listing or all of them; the account and its history stay (U5)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their listings and last activity (U6)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user with every listing, past and present')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;user;help;add' {
            break
        }
        'isets;user;help;remove' {
            break
        }
        'isets;user;help;list' {
            break
        }
        'isets;user;help;show' {
            break
        }
        'isets;user;help;help' {
            break
        }
        'isets;org' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations (IDHS and providers) within the operator''s reach')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;org;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;org;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations (IDHS and providers) within the operator''s reach')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;org;help;list' {
            break
        }
        'isets;org;help;help' {
            break
        }
        'isets;provider' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)')
            [CompletionResult]::new('set-spcq', 'set-spcq', [CompletionResultType]::ParameterValue, 'Record a provider''s SPCQ approval date, or mark it pending again (U2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers within the operator''s reach')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: contracts, goals, locations, programs, services, users')
            [CompletionResult]::new('add-location', 'add-location', [CompletionResultType]::ParameterValue, 'Add a location where the provider serves customers (P1)')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'List a provider''s locations')
            [CompletionResult]::new('add-contract', 'add-contract', [CompletionResultType]::ParameterValue, 'Add an executed contract with its goals (P2)')
            [CompletionResult]::new('amend-contract', 'amend-contract', [CompletionResultType]::ParameterValue, 'Amend a contract; the earlier version is kept (P2)')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'List a provider''s contracts; --history adds every earlier version (P2)')
            [CompletionResult]::new('add-program', 'add-program', [CompletionResultType]::ParameterValue, 'Add an E&T program under a contract and location (P3, P4)')
            [CompletionResult]::new('remove-program', 'remove-program', [CompletionResultType]::ParameterValue, 'Remove a program of the current or a future fiscal year (P6)')
            [CompletionResult]::new('programs', 'programs', [CompletionResultType]::ParameterValue, 'List a provider''s programs')
            [CompletionResult]::new('program', 'program', [CompletionResultType]::ParameterValue, 'Show one program with its activities and criteria')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Show, enable or disable the activities and services used on career plans (P5)')
            [CompletionResult]::new('add-appointment-site', 'add-appointment-site', [CompletionResultType]::ParameterValue, 'Add an appointment site (P7)')
            [CompletionResult]::new('appointment-sites', 'appointment-sites', [CompletionResultType]::ParameterValue, 'List appointment sites')
            [CompletionResult]::new('add-appointment', 'add-appointment', [CompletionResultType]::ParameterValue, 'Schedule appointments at a site, optionally every week (P7)')
            [CompletionResult]::new('appointments', 'appointments', [CompletionResultType]::ParameterValue, 'List scheduled appointments')
            [CompletionResult]::new('add-worksite', 'add-worksite', [CompletionResultType]::ParameterValue, 'Add a worksite for work experience, Earnfare or OJT (P7)')
            [CompletionResult]::new('worksites', 'worksites', [CompletionResultType]::ParameterValue, 'List worksites')
            [CompletionResult]::new('add-audit', 'add-audit', [CompletionResultType]::ParameterValue, 'Record a periodic audit of the provider (P7)')
            [CompletionResult]::new('audits', 'audits', [CompletionResultType]::ParameterValue, 'List a provider''s audits')
            [CompletionResult]::new('add-note', 'add-note', [CompletionResultType]::ParameterValue, 'Add a provider case note (about the agency, not a customer) (P7)')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'List provider case notes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;provider;add' {
            [CompletionResult]::new('--spcq-approved-on', '--spcq-approved-on', [CompletionResultType]::ParameterName, 'Date the Security and Privacy Controls Questionnaire was approved (today or earlier)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--spcq-pending', '--spcq-pending', [CompletionResultType]::ParameterName, 'The SPCQ is not approved yet: record the provider without one (U2)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;set-spcq' {
            [CompletionResult]::new('--approved-on', '--approved-on', [CompletionResultType]::ParameterName, 'Date the SPCQ was approved (today or earlier)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'No approved SPCQ on file: its users can do nothing until one is')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'Has a contract for this program')
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'Has a location in this county')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-location' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Location name (unique for the provider)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'County')
            [CompletionResult]::new('--dhs-office', '--dhs-office', [CompletionResultType]::ParameterName, 'IDHS office (Family Community Resource Center) serving it')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;locations' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-contract' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Contract number, e.g. FCSABC123 (unique)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'Program offered')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start date')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End date (on or after the start)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Dollar amount, two decimals at most (V5)')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'Measurable goal, CATEGORY=N (enrolled, active, employed, retained-90-days, credentials, completed-activity, exits)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;amend-contract' {
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'New program offered')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'New start date')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'New end date')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'New dollar amount, two decimals at most (V5)')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'Set a goal, CATEGORY=N; other goals are kept')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;contracts' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'Include earlier versions of amended contracts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-program' {
            [CompletionResult]::new('--contract', '--contract', [CompletionResultType]::ParameterName, 'Contract number it belongs to')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location name where it is administered')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Program type')
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'Fiscal year, FY25 or 2025 (P3: July 1 – June 30)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity it is contracted to provide (repeatable): SJS, JST, VT, …')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the program offers, shown when matching referrals')
            [CompletionResult]::new('--target-occupation', '--target-occupation', [CompletionResultType]::ParameterName, 'Target occupation, a SOC code such as 43-4051')
            [CompletionResult]::new('--criterion', '--criterion', [CompletionResultType]::ParameterName, 'Matching criterion for program recommendations (repeatable)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--full-time', '--full-time', [CompletionResultType]::ParameterName, 'Offered full time')
            [CompletionResult]::new('--part-time', '--part-time', [CompletionResultType]::ParameterName, 'Offered part time')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;remove-program' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;programs' {
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'Only this fiscal year (FY25 or 2025)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;program' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;services' {
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable this activity or service code (repeatable)')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable this activity or service code (repeatable)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-appointment-site' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Site name')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'The provider location it is at')
            [CompletionResult]::new('--instructions', '--instructions', [CompletionResultType]::ParameterName, 'Instructions, e.g. bring an ID and the referral form')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;appointment-sites' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-appointment' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Appointment site name')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start, "YYYY-MM-DD HH:MM" local time')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End [default: one hour after the start]')
            [CompletionResult]::new('--openings', '--openings', [CompletionResultType]::ParameterName, 'Number of openings')
            [CompletionResult]::new('--weekly-until', '--weekly-until', [CompletionResultType]::ParameterName, 'Repeat every week at the same time through this date')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;appointments' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Only this site')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-worksite' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Worksite name (unique for the provider)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Kind of placement')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Primary contact''s name')
            [CompletionResult]::new('--contact-phone', '--contact-phone', [CompletionResultType]::ParameterName, 'Primary contact''s phone')
            [CompletionResult]::new('--contact-email', '--contact-email', [CompletionResultType]::ParameterName, 'Primary contact''s email')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;worksites' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-audit' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the audit')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title, e.g. "FY25 monitoring"')
            [CompletionResult]::new('--findings', '--findings', [CompletionResultType]::ParameterName, 'Findings')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;audits' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;add-note' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject line')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The note')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;notes' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;provider;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)')
            [CompletionResult]::new('set-spcq', 'set-spcq', [CompletionResultType]::ParameterValue, 'Record a provider''s SPCQ approval date, or mark it pending again (U2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers within the operator''s reach')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: contracts, goals, locations, programs, services, users')
            [CompletionResult]::new('add-location', 'add-location', [CompletionResultType]::ParameterValue, 'Add a location where the provider serves customers (P1)')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'List a provider''s locations')
            [CompletionResult]::new('add-contract', 'add-contract', [CompletionResultType]::ParameterValue, 'Add an executed contract with its goals (P2)')
            [CompletionResult]::new('amend-contract', 'amend-contract', [CompletionResultType]::ParameterValue, 'Amend a contract; the earlier version is kept (P2)')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'List a provider''s contracts; --history adds every earlier version (P2)')
            [CompletionResult]::new('add-program', 'add-program', [CompletionResultType]::ParameterValue, 'Add an E&T program under a contract and location (P3, P4)')
            [CompletionResult]::new('remove-program', 'remove-program', [CompletionResultType]::ParameterValue, 'Remove a program of the current or a future fiscal year (P6)')
            [CompletionResult]::new('programs', 'programs', [CompletionResultType]::ParameterValue, 'List a provider''s programs')
            [CompletionResult]::new('program', 'program', [CompletionResultType]::ParameterValue, 'Show one program with its activities and criteria')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Show, enable or disable the activities and services used on career plans (P5)')
            [CompletionResult]::new('add-appointment-site', 'add-appointment-site', [CompletionResultType]::ParameterValue, 'Add an appointment site (P7)')
            [CompletionResult]::new('appointment-sites', 'appointment-sites', [CompletionResultType]::ParameterValue, 'List appointment sites')
            [CompletionResult]::new('add-appointment', 'add-appointment', [CompletionResultType]::ParameterValue, 'Schedule appointments at a site, optionally every week (P7)')
            [CompletionResult]::new('appointments', 'appointments', [CompletionResultType]::ParameterValue, 'List scheduled appointments')
            [CompletionResult]::new('add-worksite', 'add-worksite', [CompletionResultType]::ParameterValue, 'Add a worksite for work experience, Earnfare or OJT (P7)')
            [CompletionResult]::new('worksites', 'worksites', [CompletionResultType]::ParameterValue, 'List worksites')
            [CompletionResult]::new('add-audit', 'add-audit', [CompletionResultType]::ParameterValue, 'Record a periodic audit of the provider (P7)')
            [CompletionResult]::new('audits', 'audits', [CompletionResultType]::ParameterValue, 'List a provider''s audits')
            [CompletionResult]::new('add-note', 'add-note', [CompletionResultType]::ParameterValue, 'Add a provider case note (about the agency, not a customer) (P7)')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'List provider case notes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;provider;help;add' {
            break
        }
        'isets;provider;help;set-spcq' {
            break
        }
        'isets;provider;help;list' {
            break
        }
        'isets;provider;help;show' {
            break
        }
        'isets;provider;help;add-location' {
            break
        }
        'isets;provider;help;locations' {
            break
        }
        'isets;provider;help;add-contract' {
            break
        }
        'isets;provider;help;amend-contract' {
            break
        }
        'isets;provider;help;contracts' {
            break
        }
        'isets;provider;help;add-program' {
            break
        }
        'isets;provider;help;remove-program' {
            break
        }
        'isets;provider;help;programs' {
            break
        }
        'isets;provider;help;program' {
            break
        }
        'isets;provider;help;services' {
            break
        }
        'isets;provider;help;add-appointment-site' {
            break
        }
        'isets;provider;help;appointment-sites' {
            break
        }
        'isets;provider;help;add-appointment' {
            break
        }
        'isets;provider;help;appointments' {
            break
        }
        'isets;provider;help;add-worksite' {
            break
        }
        'isets;provider;help;worksites' {
            break
        }
        'isets;provider;help;add-audit' {
            break
        }
        'isets;provider;help;audits' {
            break
        }
        'isets;provider;help;add-note' {
            break
        }
        'isets;provider;help;notes' {
            break
        }
        'isets;provider;help;help' {
            break
        }
        'isets;customer' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search-ies', 'search-ies', [CompletionResultType]::ParameterValue, 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search ISETS customers within reach: a last name''s start (with --first, or an initial), a case number, an individual number, or a provider''s list (S6)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a customer to a program of a provider, with the IDHS office (S5)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer''s providers); the next import overwrites both (I2)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'The customer''s Integrated Resource Team: the partners with access (K1)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Set the customer''s level of progress (T4)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'The current programs ranked by how well they fit the customer''s current Initial Screening, with a match percentage (A1, P4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;customer;search-ies' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name, spelled as IES has it')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name, spelled as IES has it')
            [CompletionResult]::new('--individual-number', '--individual-number', [CompletionResultType]::ParameterName, 'The 9-digit individual number (the surest match)')
            [CompletionResult]::new('--case-number', '--case-number', [CompletionResultType]::ParameterName, 'The SNAP case number')
            [CompletionResult]::new('--dob', '--dob', [CompletionResultType]::ParameterName, 'Date of birth as MM/DD/YYYY')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Then look for the person''s ISETS account by this email, and make one from the IES data when there is none (S3)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;search' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'The start of the last name')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'A first name or its initial (with --last)')
            [CompletionResult]::new('--case-number', '--case-number', [CompletionResultType]::ParameterName, 'The SNAP case number')
            [CompletionResult]::new('--individual-number', '--individual-number', [CompletionResultType]::ParameterName, 'The 9-digit individual number')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The customers assigned to this provider')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many, exact last names first')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;history' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;add' {
            [CompletionResult]::new('--individual-number', '--individual-number', [CompletionResultType]::ParameterName, 'The 9-digit individual number IES gave the person')
            [CompletionResult]::new('--case-number', '--case-number', [CompletionResultType]::ParameterName, 'The SNAP case number')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name, as IES has it')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name, as IES has it')
            [CompletionResult]::new('--dob', '--dob', [CompletionResultType]::ParameterName, 'Date of birth: YYYY-MM-DD or MM/DD/YYYY')
            [CompletionResult]::new('--ssn-last4', '--ssn-last4', [CompletionResultType]::ParameterName, 'The last four digits of the SSN')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email, which is also their ISETS account')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'street')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'city')
            [CompletionResult]::new('--zip', '--zip', [CompletionResultType]::ParameterName, 'zip')
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'county')
            [CompletionResult]::new('--redetermination-date', '--redetermination-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD or MM/DD/YYYY')
            [CompletionResult]::new('--midpoint-date', '--midpoint-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD or MM/DD/YYYY')
            [CompletionResult]::new('--abawd', '--abawd', [CompletionResultType]::ParameterName, 'Able-bodied adult without dependents: Y or N')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'The IDHS office (FCRC) the customer belongs to')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;assign' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The program''s id (see `isets provider programs PROVIDER`)')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'The IDHS office (FCRC)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;edit' {
            [CompletionResult]::new('--snap-status', '--snap-status', [CompletionResultType]::ParameterName, 'Y, N or P (pending application): IDHS staff only')
            [CompletionResult]::new('--case-number', '--case-number', [CompletionResultType]::ParameterName, 'The SNAP case number: the customer''s providers')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;team' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a partner on the customer''s team, through one of their organizations (K1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a partner off the team (they keep the history; --reason is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The team: current members first, then former ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;customer;team;add' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The partner''s username')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization the partner is on the team for (where they are listed)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;team;remove' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The partner''s username')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization the partner is on the team for (where they are listed)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;team;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;team;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a partner on the customer''s team, through one of their organizations (K1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a partner off the team (they keep the history; --reason is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The team: current members first, then former ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;customer;team;help;add' {
            break
        }
        'isets;customer;team;help;remove' {
            break
        }
        'isets;customer;team;help;list' {
            break
        }
        'isets;customer;team;help;help' {
            break
        }
        'isets;customer;status' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'The status to set by hand: inactive, active (back from inactive), wait-list or consent-revoked (T5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;progress' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'acceptable, not-participating, not-progressing or not-appropriate (no longer appropriate for provider services)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;recommend' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list programs that match 0% (the manual''s "Show 0% matches")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;customer;help' {
            [CompletionResult]::new('search-ies', 'search-ies', [CompletionResultType]::ParameterValue, 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search ISETS customers within reach: a last name''s start (with --first, or an initial), a case number, an individual number, or a provider''s list (S6)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a customer to a program of a provider, with the IDHS office (S5)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer''s providers); the next import overwrites both (I2)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'The customer''s Integrated Resource Team: the partners with access (K1)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Set the customer''s level of progress (T4)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'The current programs ranked by how well they fit the customer''s current Initial Screening, with a match percentage (A1, P4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;customer;help;search-ies' {
            break
        }
        'isets;customer;help;search' {
            break
        }
        'isets;customer;help;history' {
            break
        }
        'isets;customer;help;add' {
            break
        }
        'isets;customer;help;assign' {
            break
        }
        'isets;customer;help;edit' {
            break
        }
        'isets;customer;help;show' {
            break
        }
        'isets;customer;help;team' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a partner on the customer''s team, through one of their organizations (K1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a partner off the team (they keep the history; --reason is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The team: current members first, then former ones')
            break
        }
        'isets;customer;help;team;add' {
            break
        }
        'isets;customer;help;team;remove' {
            break
        }
        'isets;customer;help;team;list' {
            break
        }
        'isets;customer;help;status' {
            break
        }
        'isets;customer;help;progress' {
            break
        }
        'isets;customer;help;recommend' {
            break
        }
        'isets;customer;help;help' {
            break
        }
        'isets;note' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Write a case note on a customer; notes are never changed afterwards (H1)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s case notes, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;note;add' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'message')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization the note is written for, when the operator writes for several')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;note;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;note;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Write a case note on a customer; notes are never changed afterwards (H1)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s case notes, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;note;help;add' {
            break
        }
        'isets;note;help;list' {
            break
        }
        'isets;note;help;help' {
            break
        }
        'isets;document' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a file to a customer, such as their signed Employment Plan (E8)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s documents, oldest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Write a document''s content to a file, checked against its SHA-256')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;document;add' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'What the document is: Plan (a signed Employment Plan)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization the document is added for, when the operator works for several')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;document;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;document;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write it')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the output file if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;document;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a file to a customer, such as their signed Employment Plan (E8)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s documents, oldest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Write a document''s content to a file, checked against its SHA-256')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;document;help;add' {
            break
        }
        'isets;document;help;list' {
            break
        }
        'isets;document;help;get' {
            break
        }
        'isets;document;help;help' {
            break
        }
        'isets;calendar' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Close a business day: an extra closure day (F7; super users)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a year''s closed days, with their actual and observed dates (F7)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;calendar;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'What the closure is, as the state''s schedule names it')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;calendar;remove' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;calendar;list' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year [default: this year in Illinois]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;calendar;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Close a business day: an extra closure day (F7; super users)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a year''s closed days, with their actual and observed dates (F7)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;calendar;help;add' {
            break
        }
        'isets;calendar;help;remove' {
            break
        }
        'isets;calendar;help;list' {
            break
        }
        'isets;calendar;help;help' {
            break
        }
        'isets;assessment' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s assessments, oldest first, with the state of each (A2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;assessment;add' {
            [CompletionResult]::new('--completed-on', '--completed-on', [CompletionResultType]::ParameterName, 'The day it was completed: YYYY-MM-DD or MM/DD/YYYY (A2)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider it is entered for, when the operator enters for several (IDHS staff: a provider they may act for instead of IDHS)')
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'Screening: the county the customer lives in [default: IES''s]')
            [CompletionResult]::new('--availability', '--availability', [CompletionResultType]::ParameterName, 'Screening: full-time, part-time or either')
            [CompletionResult]::new('--education', '--education', [CompletionResultType]::ParameterName, 'Screening: the highest level completed (see above)')
            [CompletionResult]::new('--soc', '--soc', [CompletionResultType]::ParameterName, 'Screening: the desired occupation''s SOC code, NN-NNNN')
            [CompletionResult]::new('--occupation', '--occupation', [CompletionResultType]::ParameterName, 'Screening: the desired occupation in words')
            [CompletionResult]::new('--barrier', '--barrier', [CompletionResultType]::ParameterName, 'Screening: a barrier (repeatable; see above)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--initial', '--initial', [CompletionResultType]::ParameterName, 'The Initial Screening (eligibility and suitability), needed before a referral (A1)')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'The Needs Assessment Survey')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;assessment;list' {
            [CompletionResult]::new('--due-soon-days', '--due-soon-days', [CompletionResultType]::ParameterName, 'Days before an assessment is overdue that it shows as due soon (A2) [env: ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;assessment;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s assessments, oldest first, with the state of each (A2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;assessment;help;add' {
            break
        }
        'isets;assessment;help;list' {
            break
        }
        'isets;assessment;help;help' {
            break
        }
        'isets;referral' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Accept or reject a referral sent to your side (F4)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One referral with every version: the newest current, the older ones historical (F3)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;referral;send' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The receiving side: a provider''s name, or IDHS (a reverse referral)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sending provider: a referral to a provider from it, or a reverse referral (to IDHS) [default for a reverse referral: the operator''s own]')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The receiving program''s id (a referral to a provider; see `isets provider programs`)')
            [CompletionResult]::new('--assessment-date', '--assessment-date', [CompletionResultType]::ParameterName, 'F2: the day the assessment was completed [default: the current Initial Screening''s]')
            [CompletionResult]::new('--receives-snap', '--receives-snap', [CompletionResultType]::ParameterName, 'F2: whether the person receives SNAP benefits (yes or no)')
            [CompletionResult]::new('--eligible', '--eligible', [CompletionResultType]::ParameterName, 'F2: whether the person is eligible for SNAP E&T (yes or no)')
            [CompletionResult]::new('--appointment', '--appointment', [CompletionResultType]::ParameterName, 'F2: an intake appointment of the provider''s schedule (its id)')
            [CompletionResult]::new('--benefit-amount', '--benefit-amount', [CompletionResultType]::ParameterName, 'R2: the Earnfare benefit amount, set with a referral to an Earnfare program (from the day it is sent; `isets earnfare set-benefit` changes it later)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Notes for the receiving side')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--consent-attested', '--consent-attested', [CompletionResultType]::ParameterName, 'F2: attest that the uploaded Referral Form (5179) carries the customer''s signature')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;referral;respond' {
            [CompletionResult]::new('--receives-snap', '--receives-snap', [CompletionResultType]::ParameterName, 'Reverse referral: whether the person receives SNAP benefits, as IES says (yes or no)')
            [CompletionResult]::new('--eligible', '--eligible', [CompletionResultType]::ParameterName, 'Reverse referral: whether the person is eligible for SNAP E&T (yes or no)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the answer')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Accept the referral')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'Reject the referral; --reason says why (F4)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;referral;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;referral;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only referrals sent to or by this provider')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s referrals (individual number)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only referrals not answered yet')
            [CompletionResult]::new('--red-flag', '--red-flag', [CompletionResultType]::ParameterName, 'Only referrals pending 48 business hours after they were sent (D2)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only referrals pending past their own deadline (F5)')
            [CompletionResult]::new('--fail-if-any', '--fail-if-any', [CompletionResultType]::ParameterName, 'Exit 1 when the list is not empty (for cron and CI)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;referral;expire' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;referral;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Accept or reject a referral sent to your side (F4)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One referral with every version: the newest current, the older ones historical (F3)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;referral;help;send' {
            break
        }
        'isets;referral;help;respond' {
            break
        }
        'isets;referral;help;show' {
            break
        }
        'isets;referral;help;list' {
            break
        }
        'isets;referral;help;expire' {
            break
        }
        'isets;referral;help;help' {
            break
        }
        'isets;enroll' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The enrolling provider; only its reports count the enrollment (N6)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, see `isets provider programs`)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The enrollment date (YYYY-MM-DD)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'An activity to plan under the default goal (a catalogue code such as SJS); repeatable')
            [CompletionResult]::new('--planned-end', '--planned-end', [CompletionResultType]::ParameterName, 'The planned end of those activities [default: 30 June of the fiscal year of --date]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--reverified', '--reverified', [CompletionResultType]::ParameterName, 'Eligibility was re-verified and the assessment updated (N1''s 45-day path, N5)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ep' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Employment Plan: each goal and its activities, with the E3 and E8 flags')
            [CompletionResult]::new('goal', 'goal', [CompletionResultType]::ParameterValue, 'The goals of the plan (E1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;ep;show' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s goals')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ep;goal' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a goal to a provider''s part of the plan')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a goal''s title, category, term or status')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a goal with nothing under it (E1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;ep;goal;add' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider whose plan the goal is on')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'career-plan, education, employment, training or personal')
            [CompletionResult]::new('--term', '--term', [CompletionResultType]::ParameterName, 'short or long')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, '[default: not-started]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A case note written with the goal (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ep;goal;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'category')
            [CompletionResult]::new('--term', '--term', [CompletionResultType]::ParameterName, 'term')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ep;goal;remove' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ep;goal;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a goal to a provider''s part of the plan')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a goal''s title, category, term or status')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a goal with nothing under it (E1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;ep;goal;help;add' {
            break
        }
        'isets;ep;goal;help;edit' {
            break
        }
        'isets;ep;goal;help;remove' {
            break
        }
        'isets;ep;goal;help;help' {
            break
        }
        'isets;ep;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Employment Plan: each goal and its activities, with the E3 and E8 flags')
            [CompletionResult]::new('goal', 'goal', [CompletionResultType]::ParameterValue, 'The goals of the plan (E1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;ep;help;show' {
            break
        }
        'isets;ep;help;goal' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a goal to a provider''s part of the plan')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a goal''s title, category, term or status')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a goal with nothing under it (E1)')
            break
        }
        'isets;ep;help;goal;add' {
            break
        }
        'isets;ep;help;goal;edit' {
            break
        }
        'isets;ep;help;goal;remove' {
            break
        }
        'isets;ep;help;help' {
            break
        }
        'isets;activity' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a Planned/Not Started activity under a goal of the customer''s plan (E1, E3, E4, N4)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a started activity on its actual completion date (E5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a never-started activity (E2, E3)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Move the planned end of a planned or started activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;activity;add' {
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'The goal of the Employment Plan it sits under (E1)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A catalogue code: SJS, JST, JR, ... (DOMAIN.md §4)')
            [CompletionResult]::new('--planned-start', '--planned-start', [CompletionResultType]::ParameterName, 'planned-start')
            [CompletionResult]::new('--planned-end', '--planned-end', [CompletionResultType]::ParameterName, 'planned-end')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The service provider whose reports it counts in (E6) [default: the enrolling provider]')
            [CompletionResult]::new('--enrollment', '--enrollment', [CompletionResultType]::ParameterName, 'The enrollment, when the customer has several open ones with your providers')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;activity;start' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it started: not before the first of the month of enrollment (E4), not a day to come')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;activity;close' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The actual completion date: not before the start, not a day to come')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--successful', '--successful', [CompletionResultType]::ParameterName, 'Successful Completion')
            [CompletionResult]::new('--unsuccessful', '--unsuccessful', [CompletionResultType]::ParameterName, 'Unsuccessful Completion')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;activity;delete' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;activity;extend' {
            [CompletionResult]::new('--planned-end', '--planned-end', [CompletionResultType]::ParameterName, 'The new planned end: not before the planned start')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;activity;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a Planned/Not Started activity under a goal of the customer''s plan (E1, E3, E4, N4)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a started activity on its actual completion date (E5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a never-started activity (E2, E3)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Move the planned end of a planned or started activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;activity;help;add' {
            break
        }
        'isets;activity;help;start' {
            break
        }
        'isets;activity;help;close' {
            break
        }
        'isets;activity;help;delete' {
            break
        }
        'isets;activity;help;extend' {
            break
        }
        'isets;activity;help;help' {
            break
        }
        'isets;exit' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The enrolling provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program the customer is enrolled in (its id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Program completion status: unsuccessful, moved or successful (X3)')
            [CompletionResult]::new('--exit-reason', '--exit-reason', [CompletionResultType]::ParameterName, 'The exit reason the status allows (X3), as its code or its name')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The program completion date (YYYY-MM-DD)')
            [CompletionResult]::new('--skill-gain', '--skill-gain', [CompletionResultType]::ParameterName, 'A Measurable Skill Gain made (X6, optional)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note of the exit [default: the status, date and reason]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;unexit' {
            [CompletionResult]::new('--employment', '--employment', [CompletionResultType]::ParameterName, 'The customer''s employment the un-exit rests on (its id)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note [default: the employment and the Job Retention dates]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;attendance' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter the hours attended in a week of a Started/Open activity (E7)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a week''s hours: they count once verified by the provider''s authorized staff (E7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The weeks entered for an activity, or for all of a customer''s activities')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;attendance;add' {
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'A day of the week (kept as its Monday)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Hours attended: 0 to 168, two decimals at most (V5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;attendance;verify' {
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'A day of the week (kept as its Monday)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'The hours verified, at most those entered [default: the hours entered]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;attendance;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'A customer''s 9-digit individual number instead')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;attendance;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter the hours attended in a week of a Started/Open activity (E7)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a week''s hours: they count once verified by the provider''s authorized staff (E7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The weeks entered for an activity, or for all of a customer''s activities')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;attendance;help;add' {
            break
        }
        'isets;attendance;help;verify' {
            break
        }
        'isets;attendance;help;list' {
            break
        }
        'isets;attendance;help;help' {
            break
        }
        'isets;service' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a support service under a goal of the customer''s plan (E1, E3, N5)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a planned support service on the day it started (E2, E4)')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Costs of support services: add, edit, list (V1–V5, V7)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;service;add' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE or TRANSPORTATION (DOMAIN.md §4)')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'The goal of the Employment Plan it sits under (E1)')
            [CompletionResult]::new('--planned-start', '--planned-start', [CompletionResultType]::ParameterName, 'planned-start')
            [CompletionResult]::new('--planned-end', '--planned-end', [CompletionResultType]::ParameterName, 'planned-end')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Started/Open at once, on this day (not a day to come)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider giving it [default: the enrolling provider]')
            [CompletionResult]::new('--enrollment', '--enrollment', [CompletionResultType]::ParameterName, 'The enrollment, when the customer has several open ones with your providers')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;service;start' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'date')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;service;cost' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a cost to a Started/Open support service (V1–V5, V7)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a customer''s support-service costs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;service;cost;add' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Direct Payment, Bus Pass, Gift Card, Check, Voucher, Purchase Order, Reimbursement (V2)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What was paid for (V2)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'The dollar amount per unit, two decimals at most (V5)')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'A whole number of units, 1 or more (V5)')
            [CompletionResult]::new('--paid-on', '--paid-on', [CompletionResultType]::ParameterName, 'The payment date: within the month the service was issued (V7)')
            [CompletionResult]::new('--issued-on', '--issued-on', [CompletionResultType]::ParameterName, 'The day the service was issued [default: the payment date] (V1)')
            [CompletionResult]::new('--override-reason', '--override-reason', [CompletionResultType]::ParameterName, 'Past the maximum: ask for a cost override with this explanation (V4)')
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'A receipt to keep with the cost (category "Support Service")')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Show the fiscal-year arithmetic against the maximum and write nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;service;cost;edit' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Direct Payment, Bus Pass, Gift Card, Check, Voucher, Purchase Order, Reimbursement (V2)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What was paid for (V2)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'The dollar amount per unit, two decimals at most (V5)')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'A whole number of units, 1 or more (V5)')
            [CompletionResult]::new('--paid-on', '--paid-on', [CompletionResultType]::ParameterName, 'The payment date: within the month the service was issued (V7)')
            [CompletionResult]::new('--issued-on', '--issued-on', [CompletionResultType]::ParameterName, 'The day the service was issued [default: the payment date] (V1)')
            [CompletionResult]::new('--override-reason', '--override-reason', [CompletionResultType]::ParameterName, 'Past the maximum: ask for a cost override with this explanation (V4)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;service;cost;list' {
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'Only this fiscal year''s (FY26 or 2026, P3)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category''s')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;service;cost;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a cost to a Started/Open support service (V1–V5, V7)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a customer''s support-service costs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;service;cost;help;add' {
            break
        }
        'isets;service;cost;help;edit' {
            break
        }
        'isets;service;cost;help;list' {
            break
        }
        'isets;service;cost;help;help' {
            break
        }
        'isets;service;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a support service under a goal of the customer''s plan (E1, E3, N5)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a planned support service on the day it started (E2, E4)')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Costs of support services: add, edit, list (V1–V5, V7)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;service;help;add' {
            break
        }
        'isets;service;help;start' {
            break
        }
        'isets;service;help;cost' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a cost to a Started/Open support service (V1–V5, V7)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a customer''s support-service costs')
            break
        }
        'isets;service;help;cost;add' {
            break
        }
        'isets;service;help;cost;edit' {
            break
        }
        'isets;service;help;cost;list' {
            break
        }
        'isets;service;help;help' {
            break
        }
        'isets;override' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending override with a reason: its cost is void and the provider is told (V4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;override;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only the overrides still pending')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;override;accept' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A word kept with the answer')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;override;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is rejected: kept with the override, told to the provider by a case note')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;override;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending override with a reason: its cost is void and the provider is told (V4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;override;help;list' {
            break
        }
        'isets;override;help;accept' {
            break
        }
        'isets;override;help;reject' {
            break
        }
        'isets;override;help;help' {
            break
        }
        'isets;caps' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a category''s maximum for a fiscal year, or its default for every year (V3; super users)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;caps;list' {
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'The maximum in force that year for every support-service category ("none" where unset)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;caps;set' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A support-service category: BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE, TRANSPORTATION')
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'FY27 or 2027 (P3), or `default` for every year without its own')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The maximum per customer, in dollars with two decimals at most (V5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;caps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a category''s maximum for a fiscal year, or its default for every year (V3; super users)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;caps;help;list' {
            break
        }
        'isets;caps;help;set' {
            break
        }
        'isets;caps;help;help' {
            break
        }
        'isets;earnfare' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Earnfare participation: benefit, work hours and stipend (R1, R2)')
            [CompletionResult]::new('set-benefit', 'set-benefit', [CompletionResultType]::ParameterValue, 'Set a customer''s benefit amount from a date (IDHS staff: super users, WFD, provider managers)')
            [CompletionResult]::new('benefits', 'benefits', [CompletionResultType]::ParameterValue, 'Every benefit amount of a customer, newest effective first (R2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;earnfare;show' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month to show, with the one before it (YYYY-MM) [default: this month]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;earnfare;set-benefit' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The monthly benefit amount, two decimals at most (V5)')
            [CompletionResult]::new('--effective', '--effective', [CompletionResultType]::ParameterName, 'The day it takes effect (YYYY-MM-DD or MM/DD/YYYY)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;earnfare;benefits' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;earnfare;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Earnfare participation: benefit, work hours and stipend (R1, R2)')
            [CompletionResult]::new('set-benefit', 'set-benefit', [CompletionResultType]::ParameterValue, 'Set a customer''s benefit amount from a date (IDHS staff: super users, WFD, provider managers)')
            [CompletionResult]::new('benefits', 'benefits', [CompletionResultType]::ParameterValue, 'Every benefit amount of a customer, newest effective first (R2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;earnfare;help;show' {
            break
        }
        'isets;earnfare;help;set-benefit' {
            break
        }
        'isets;earnfare;help;benefits' {
            break
        }
        'isets;earnfare;help;help' {
            break
        }
        'isets;settings' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every statewide setting with its value in force and its default')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a statewide setting (super users); the audit log keeps the value before')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put a setting back to its default (super users)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;settings;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;settings;set' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;settings;reset' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every statewide setting with its value in force and its default')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a statewide setting (super users); the audit log keeps the value before')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put a setting back to its default (super users)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;settings;help;list' {
            break
        }
        'isets;settings;help;set' {
            break
        }
        'isets;settings;help;reset' {
            break
        }
        'isets;settings;help;help' {
            break
        }
        'isets;federal-component' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every activity of the catalogue with the federal component it is reported under (G3)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Report an activity under another federal component, or none (super users; G3)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;federal-component;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;federal-component;set' {
            [CompletionResult]::new('--component', '--component', [CompletionResultType]::ParameterName, 'A federal component (see below), or `none`')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;federal-component;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every activity of the catalogue with the federal component it is reported under (G3)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Report an activity under another federal component, or none (super users; G3)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;federal-component;help;list' {
            break
        }
        'isets;federal-component;help;set' {
            break
        }
        'isets;federal-component;help;help' {
            break
        }
        'isets;employment' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a customer''s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job''s start (M1, M2, M4, T2)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'Record the last day of an employment (M1)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Enter a retention check once its period is reached, with its document and case note (M3)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a period''s verification: sets the Employment Verification Status (M3)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s employment with its retention and verifications (M1–M3)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Customers in Job Retention due their 30-day contact or their exit (M5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;employment;add' {
            [CompletionResult]::new('--employer', '--employer', [CompletionResultType]::ParameterName, 'employer')
            [CompletionResult]::new('--soc', '--soc', [CompletionResultType]::ParameterName, 'The six-digit SOC code, NN-NNNN (M1)')
            [CompletionResult]::new('--job-title', '--job-title', [CompletionResultType]::ParameterName, 'job-title')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first day of the job: not a day to come')
            [CompletionResult]::new('--wage', '--wage', [CompletionResultType]::ParameterName, 'Dollars an hour, two decimals at most (V5)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Hours a week, two decimals at most (V5)')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'industry')
            [CompletionResult]::new('--occupation', '--occupation', [CompletionResultType]::ParameterName, 'occupation')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider the customer is enrolled with, when you act for several')
            [CompletionResult]::new('--enrollment', '--enrollment', [CompletionResultType]::ParameterName, 'The enrollment, when the customer has several open ones with your providers')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--full-time', '--full-time', [CompletionResultType]::ParameterName, 'full-time')
            [CompletionResult]::new('--part-time', '--part-time', [CompletionResultType]::ParameterName, 'part-time')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;employment;end' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The last day: not before the start, not a day to come')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note this change of the Employment Plan needs (E5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;employment;verify' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, '30, 60 or 90 days from the start')
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'The verification document (pay stub, employer letter): stored as Employment Verification')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The case note the period needs (M3)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;employment;approve' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, '30, 60 or 90')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;employment;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;employment;due' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s customers')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Only those due their 30-day contact (no case note of the provider for 30 days)')
            [CompletionResult]::new('--exit', '--exit', [CompletionResultType]::ParameterName, 'Only those due for exit (employed beyond 90 days of Job Retention, 180 in SNAP to Success)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;employment;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a customer''s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job''s start (M1, M2, M4, T2)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'Record the last day of an employment (M1)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Enter a retention check once its period is reached, with its document and case note (M3)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a period''s verification: sets the Employment Verification Status (M3)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s employment with its retention and verifications (M1–M3)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Customers in Job Retention due their 30-day contact or their exit (M5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;employment;help;add' {
            break
        }
        'isets;employment;help;end' {
            break
        }
        'isets;employment;help;verify' {
            break
        }
        'isets;employment;help;approve' {
            break
        }
        'isets;employment;help;list' {
            break
        }
        'isets;employment;help;due' {
            break
        }
        'isets;employment;help;help' {
            break
        }
        'isets;staffing' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a month''s staffing: its packet, customers, due dates and history (B1, B2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the staffings in your reach, newest month first, with late parts flagged (B1)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'The provider''s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'IDHS''s eligibility verification of a customer (B2: WFD)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a program document the month''s packet asks for (B2)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit the provider''s part, once the month has ended (B1, B8)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;staffing;show' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Only this month''s (YYYY-MM)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;mark' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'The level of progress (T4): acceptable, not-participating, not-progressing, not-appropriate')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'B10: what the full staffing discussed, recorded as a provider case note')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--full-staffing', '--full-staffing', [CompletionResultType]::ParameterName, 'A full staffing (4334) is needed: the provider discusses the customer with the provider manager')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;verify' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--eligible', '--eligible', [CompletionResultType]::ParameterName, 'Whether the customer is eligible for SNAP E&T: yes or no')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;attach' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'admin-expenses-certification, financial-report, interest-report, periodic-performance-report')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;submit' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;approve' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;unlock' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;staffing;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a month''s staffing: its packet, customers, due dates and history (B1, B2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the staffings in your reach, newest month first, with late parts flagged (B1)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'The provider''s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'IDHS''s eligibility verification of a customer (B2: WFD)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a program document the month''s packet asks for (B2)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit the provider''s part, once the month has ended (B1, B8)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;staffing;help;show' {
            break
        }
        'isets;staffing;help;list' {
            break
        }
        'isets;staffing;help;mark' {
            break
        }
        'isets;staffing;help;verify' {
            break
        }
        'isets;staffing;help;attach' {
            break
        }
        'isets;staffing;help;submit' {
            break
        }
        'isets;staffing;help;approve' {
            break
        }
        'isets;staffing;help;unlock' {
            break
        }
        'isets;staffing;help;help' {
            break
        }
        'isets;billing' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Review and approve a submitted billing packet: the month is final (B4)')
            [CompletionResult]::new('request-changes', 'request-changes', [CompletionResultType]::ParameterValue, 'Send a submitted billing packet back with what to change or send (B4, B8)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;billing;submit' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;billing;approve' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;billing;request-changes' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'What the provider is to change or send')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;billing;help' {
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Review and approve a submitted billing packet: the month is final (B4)')
            [CompletionResult]::new('request-changes', 'request-changes', [CompletionResultType]::ParameterValue, 'Send a submitted billing packet back with what to change or send (B4, B8)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;billing;help;submit' {
            break
        }
        'isets;billing;help;approve' {
            break
        }
        'isets;billing;help;request-changes' {
            break
        }
        'isets;billing;help;help' {
            break
        }
        'isets;credential' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a credential the customer earned (C1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a credential entered in error: it is kept, marked removed (H1)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s credentials, removed ones marked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;credential;add' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The credential''s name')
            [CompletionResult]::new('--institution', '--institution', [CompletionResultType]::ParameterName, 'Who awarded it')
            [CompletionResult]::new('--earned', '--earned', [CompletionResultType]::ParameterName, 'The date attained: not a day to come')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'certification, license, diploma-ged, associates, bachelors, graduate, apprenticeship, other')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the credential comes from (the training, an employer, …)')
            [CompletionResult]::new('--soc', '--soc', [CompletionResultType]::ParameterName, 'The SOC code of the occupation, NN-NNNN')
            [CompletionResult]::new('--occupation', '--occupation', [CompletionResultType]::ParameterName, 'occupation')
            [CompletionResult]::new('--cip', '--cip', [CompletionResultType]::ParameterName, 'The CIP code of the program of study, NN.NNNN')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'The activity of the plan it came from')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider it is entered for, when you act for several the customer is enrolled with')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--industry-recognized', '--industry-recognized', [CompletionResultType]::ParameterName, 'Recognized by the industry: counts for performance')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;credential;remove' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why: written as a case note')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;credential;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;credential;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a credential the customer earned (C1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a credential entered in error: it is kept, marked removed (H1)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s credentials, removed ones marked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;credential;help;add' {
            break
        }
        'isets;credential;help;remove' {
            break
        }
        'isets;credential;help;list' {
            break
        }
        'isets;credential;help;help' {
            break
        }
        'isets;dashboard' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (a provider role: one of their own)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List what one count counted (customers, referrals or overrides), each with the day that makes it count; LINE is a line name (see --help)')
            [CompletionResult]::new('--due-soon-days', '--due-soon-days', [CompletionResultType]::ParameterName, 'Days before an assessment is overdue that it counts as due soon (A2) [env: ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ies' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List the imports, newest first (I3)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;ies;import' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date the extract is as of (YYYY-MM-DD or MM/DD/YYYY) [default: today]')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write every rejected row to this CSV file (line, field, value, reason)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Import it even if a file with the same SHA-256 was imported before')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ies;batches' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;ies;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List the imports, newest first (I3)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;ies;help;import' {
            break
        }
        'isets;ies;help;batches' {
            break
        }
        'isets;ies;help;help' {
            break
        }
        'isets;apply' {
            [CompletionResult]::new('--requested-by', '--requested-by', [CompletionResultType]::ParameterName, 'Who asked for the user listings --prune removes (U5)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the audit record')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove what the file omits: programs, appointment sites, user listings and disabled services of the providers it names (asks, or needs --yes)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask: confirm --prune and people already listed elsewhere (U4)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: confirm --prune and people already listed elsewhere (U4)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, then roll back and show what would have changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;plan' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Show what --prune would remove too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('4333', '4333', [CompletionResultType]::ParameterValue, 'The 4333 roster: the customers of a provider''s program in a month (B5)')
            [CompletionResult]::new('employment', 'employment', [CompletionResultType]::ParameterValue, 'The Employment Report: the jobs of a program''s customers in a month (B6, M2, M3)')
            [CompletionResult]::new('support-services', 'support-services', [CompletionResultType]::ParameterValue, 'The Supportive Services Summary: a month''s payments by customer and category (B6, V4)')
            [CompletionResult]::new('earnfare-2606', 'earnfare-2606', [CompletionResultType]::ParameterValue, 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)')
            [CompletionResult]::new('fns-583', 'fns-583', [CompletionResultType]::ParameterValue, 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)')
            [CompletionResult]::new('pptt-audit', 'pptt-audit', [CompletionResultType]::ParameterValue, 'The data accuracy audit: a provider''s PPTT compared with ISETS for a month (B7, B9)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;report;4333' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider agency (its name)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, see `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report;employment' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider agency (its name)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, see `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report;support-services' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider agency (its name)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, see `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report;earnfare-2606' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider agency (its name)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The provider''s program (its id, see `isets provider programs`)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report;fns-583' {
            [CompletionResult]::new('--federal-fiscal-year', '--federal-fiscal-year', [CompletionResultType]::ParameterName, 'The federal fiscal year, October–September, named by the year it ends in: FFY25 (G1)')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter: 1 (October–December), 2 (January–March), 3 (April–June), 4 (July–September)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only the activities this provider gives (E6); provider roles: one of their own')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'List the people behind every figure: month, component, individual number and name (G5)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report;pptt-audit' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider agency (its name)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month audited (YYYY-MM)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'Only this program of the provider (its id, see `isets provider programs`); all of its programs without it')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The workbook''s sheet to read (by name, in any case)')
            [CompletionResult]::new('--fix-by', '--fix-by', [CompletionResultType]::ParameterName, 'The day the provider is to fix the findings by, at least 14 days from today (B9) [default: 14 days from today]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE in the format its extension names: .csv (UTF-8 with a header row), .json, or .xlsx (one sheet per section, dates as dates, money as numbers); an existing FILE is refused unless --force')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;report;help' {
            [CompletionResult]::new('4333', '4333', [CompletionResultType]::ParameterValue, 'The 4333 roster: the customers of a provider''s program in a month (B5)')
            [CompletionResult]::new('employment', 'employment', [CompletionResultType]::ParameterValue, 'The Employment Report: the jobs of a program''s customers in a month (B6, M2, M3)')
            [CompletionResult]::new('support-services', 'support-services', [CompletionResultType]::ParameterValue, 'The Supportive Services Summary: a month''s payments by customer and category (B6, V4)')
            [CompletionResult]::new('earnfare-2606', 'earnfare-2606', [CompletionResultType]::ParameterValue, 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)')
            [CompletionResult]::new('fns-583', 'fns-583', [CompletionResultType]::ParameterValue, 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)')
            [CompletionResult]::new('pptt-audit', 'pptt-audit', [CompletionResultType]::ParameterValue, 'The data accuracy audit: a provider''s PPTT compared with ISETS for a month (B7, B9)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;report;help;4333' {
            break
        }
        'isets;report;help;employment' {
            break
        }
        'isets;report;help;support-services' {
            break
        }
        'isets;report;help;earnfare-2606' {
            break
        }
        'isets;report;help;fns-583' {
            break
        }
        'isets;report;help;pptt-audit' {
            break
        }
        'isets;report;help;help' {
            break
        }
        'isets;audit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain and name the first record that does not verify')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the record count and the newest hash (the chain''s head), to keep outside the database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;audit;log' {
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only records about this entity: KIND (user, organization, contract, …) or KIND:ID (user:jdoe)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Only records made by this operator')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only records made on or after this date')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;audit;verify' {
            [CompletionResult]::new('--expect-head', '--expect-head', [CompletionResultType]::ParameterName, 'Also check that the chain still extends this head, as printed by `isets audit head -q` (repeatable)')
            [CompletionResult]::new('--expect-heads', '--expect-heads', [CompletionResultType]::ParameterName, 'Also check every head in FILE: one COUNT:HASH per line; blank lines and text after # are ignored')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;audit;head' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;audit;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain and name the first record that does not verify')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the record count and the newest hash (the chain''s head), to keep outside the database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;audit;help;log' {
            break
        }
        'isets;audit;help;verify' {
            break
        }
        'isets;audit;help;head' {
            break
        }
        'isets;audit;help;help' {
            break
        }
        'isets;config' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from (passwords redacted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;config;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from (passwords redacted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;config;help;show' {
            break
        }
        'isets;config;help;help' {
            break
        }
        'isets;generate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;generate;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;generate;man' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no status messages')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v, -vv, -vvv); RUST_LOG also works')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'isets;generate;help' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;generate;help;completions' {
            break
        }
        'isets;generate;help;man' {
            break
        }
        'isets;generate;help;help' {
            break
        }
        'isets;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema, the organization IDHS and the first super user')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Database schema: migrate, status and check')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'User accounts and their listings (U1–U6)')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: IDHS and the providers')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Provider agencies')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers: find them in IES, enter, assign and search them, their record and team')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Case notes on customers')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Documents attached to customers, such as the signed Employment Plan (E8)')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The business-day calendar deadlines are counted on: closures and holidays (F7)')
            [CompletionResult]::new('assessment', 'assessment', [CompletionResultType]::ParameterValue, 'Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)')
            [CompletionResult]::new('referral', 'referral', [CompletionResultType]::ParameterValue, 'Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll a customer in a provider''s program, with the default goal and planned activities (N1–N6)')
            [CompletionResult]::new('ep', 'ep', [CompletionResultType]::ParameterValue, 'The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Activities of a customer''s Employment Plan: add, start, close, delete, extend (E2–E6)')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Exit a customer from a provider''s program (X1–X3, X6)')
            [CompletionResult]::new('unexit', 'unexit', [CompletionResultType]::ParameterValue, 'Take back an exit on employment of 20+ hours a week found within 60 days (X4)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Weekly attendance of started activities, and its verification (E7)')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Support services of a customer''s plan and their costs (E1, E3, V1–V5, V7)')
            [CompletionResult]::new('override', 'override', [CompletionResultType]::ParameterValue, 'Cost overrides past a support-service maximum: list, accept, reject (V4, V6)')
            [CompletionResult]::new('caps', 'caps', [CompletionResultType]::ParameterValue, 'Support-service maximums per customer and fiscal year (V3)')
            [CompletionResult]::new('earnfare', 'earnfare', [CompletionResultType]::ParameterValue, 'Earnfare participation: the benefit amount, work hours and stipend (R1, R2)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Statewide settings the rules read: the Earnfare figures (R1, R2)')
            [CompletionResult]::new('federal-component', 'federal-component', [CompletionResultType]::ParameterValue, 'The federal E&T component each activity is reported under on the FNS-583 (G3)')
            [CompletionResult]::new('employment', 'employment', [CompletionResultType]::ParameterValue, 'Employment, its Job Retention and retention checks (M1–M5)')
            [CompletionResult]::new('staffing', 'staffing', [CompletionResultType]::ParameterValue, 'A provider program''s monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Credentials a customer earned (C1)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The dashboard: per provider, the year''s counts against contract goals, referrals, redeterminations and what needs doing (D1–D4); --list shows what a count counted')
            [CompletionResult]::new('ies', 'ies', [CompletionResultType]::ParameterValue, 'The IES extract: import it, list the imports (format: man 5 isets-ies)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `isets apply FILE` would change (exit 1 when changes are pending)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: list it, verify its chain, print its head')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Configuration')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate shell completions and man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isets;help;init' {
            break
        }
        'isets;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (creates a SQLite database if there is none)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List applied and pending migrations')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that every statement of this build prepares against the database''s schema')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up PostgreSQL''s own enforcement of the roles: group roles, privileges, row-level security policies from the permission table, and the insert-only audit log')
            [CompletionResult]::new('check-roles', 'check-roles', [CompletionResultType]::ParameterValue, 'List logins whose group roles differ from their listings, and logins that bypass the policies (PostgreSQL); exits 5 when there are any')
            break
        }
        'isets;help;db;migrate' {
            break
        }
        'isets;help;db;status' {
            break
        }
        'isets;help;db;check' {
            break
        }
        'isets;help;db;setup' {
            break
        }
        'isets;help;db;check-roles' {
            break
        }
        'isets;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a listing; an existing account for the same person is reused (U1–U4)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one listing or all of them; the account and its history stay (U5)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their listings and last activity (U6)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user with every listing, past and present')
            break
        }
        'isets;help;user;add' {
            break
        }
        'isets;help;user;remove' {
            break
        }
        'isets;help;user;list' {
            break
        }
        'isets;help;user;show' {
            break
        }
        'isets;help;org' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations (IDHS and providers) within the operator''s reach')
            break
        }
        'isets;help;org;list' {
            break
        }
        'isets;help;provider' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)')
            [CompletionResult]::new('set-spcq', 'set-spcq', [CompletionResultType]::ParameterValue, 'Record a provider''s SPCQ approval date, or mark it pending again (U2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers within the operator''s reach')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: contracts, goals, locations, programs, services, users')
            [CompletionResult]::new('add-location', 'add-location', [CompletionResultType]::ParameterValue, 'Add a location where the provider serves customers (P1)')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'List a provider''s locations')
            [CompletionResult]::new('add-contract', 'add-contract', [CompletionResultType]::ParameterValue, 'Add an executed contract with its goals (P2)')
            [CompletionResult]::new('amend-contract', 'amend-contract', [CompletionResultType]::ParameterValue, 'Amend a contract; the earlier version is kept (P2)')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'List a provider''s contracts; --history adds every earlier version (P2)')
            [CompletionResult]::new('add-program', 'add-program', [CompletionResultType]::ParameterValue, 'Add an E&T program under a contract and location (P3, P4)')
            [CompletionResult]::new('remove-program', 'remove-program', [CompletionResultType]::ParameterValue, 'Remove a program of the current or a future fiscal year (P6)')
            [CompletionResult]::new('programs', 'programs', [CompletionResultType]::ParameterValue, 'List a provider''s programs')
            [CompletionResult]::new('program', 'program', [CompletionResultType]::ParameterValue, 'Show one program with its activities and criteria')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Show, enable or disable the activities and services used on career plans (P5)')
            [CompletionResult]::new('add-appointment-site', 'add-appointment-site', [CompletionResultType]::ParameterValue, 'Add an appointment site (P7)')
            [CompletionResult]::new('appointment-sites', 'appointment-sites', [CompletionResultType]::ParameterValue, 'List appointment sites')
            [CompletionResult]::new('add-appointment', 'add-appointment', [CompletionResultType]::ParameterValue, 'Schedule appointments at a site, optionally every week (P7)')
            [CompletionResult]::new('appointments', 'appointments', [CompletionResultType]::ParameterValue, 'List scheduled appointments')
            [CompletionResult]::new('add-worksite', 'add-worksite', [CompletionResultType]::ParameterValue, 'Add a worksite for work experience, Earnfare or OJT (P7)')
            [CompletionResult]::new('worksites', 'worksites', [CompletionResultType]::ParameterValue, 'List worksites')
            [CompletionResult]::new('add-audit', 'add-audit', [CompletionResultType]::ParameterValue, 'Record a periodic audit of the provider (P7)')
            [CompletionResult]::new('audits', 'audits', [CompletionResultType]::ParameterValue, 'List a provider''s audits')
            [CompletionResult]::new('add-note', 'add-note', [CompletionResultType]::ParameterValue, 'Add a provider case note (about the agency, not a customer) (P7)')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'List provider case notes')
            break
        }
        'isets;help;provider;add' {
            break
        }
        'isets;help;provider;set-spcq' {
            break
        }
        'isets;help;provider;list' {
            break
        }
        'isets;help;provider;show' {
            break
        }
        'isets;help;provider;add-location' {
            break
        }
        'isets;help;provider;locations' {
            break
        }
        'isets;help;provider;add-contract' {
            break
        }
        'isets;help;provider;amend-contract' {
            break
        }
        'isets;help;provider;contracts' {
            break
        }
        'isets;help;provider;add-program' {
            break
        }
        'isets;help;provider;remove-program' {
            break
        }
        'isets;help;provider;programs' {
            break
        }
        'isets;help;provider;program' {
            break
        }
        'isets;help;provider;services' {
            break
        }
        'isets;help;provider;add-appointment-site' {
            break
        }
        'isets;help;provider;appointment-sites' {
            break
        }
        'isets;help;provider;add-appointment' {
            break
        }
        'isets;help;provider;appointments' {
            break
        }
        'isets;help;provider;add-worksite' {
            break
        }
        'isets;help;provider;worksites' {
            break
        }
        'isets;help;provider;add-audit' {
            break
        }
        'isets;help;provider;audits' {
            break
        }
        'isets;help;provider;add-note' {
            break
        }
        'isets;help;provider;notes' {
            break
        }
        'isets;help;customer' {
            [CompletionResult]::new('search-ies', 'search-ies', [CompletionResultType]::ParameterValue, 'Search the IES data: both names and one more field, matched exactly (S1); a match whose data suggests the person is most likely ineligible is marked (S2); with --email, one match becomes an ISETS customer unless they have an account already (S3)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search ISETS customers within reach: a last name''s start (with --first, or an initial), a case number, an individual number, or a provider''s list (S6)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s history: each field an import or ISETS changed and each SNAP status, with who and when (I2, I3)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a person who is not in the IES data yet, exactly as IES has them, for a pending case; IDHS staff only. The next import reconciles the record (S4)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a customer to a program of a provider, with the IDHS office (S5)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or the case number (the customer''s providers); the next import overwrites both (I2)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Overview: profile, programs, referrals, status, team, attendance, activities, support services and outcomes (the SSN as its last four digits only)')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'The customer''s Integrated Resource Team: the partners with access (K1)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The E&T status and its history (T1); with --set, a status set by hand as T5 allows')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Set the customer''s level of progress (T4)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'The current programs ranked by how well they fit the customer''s current Initial Screening, with a match percentage (A1, P4)')
            break
        }
        'isets;help;customer;search-ies' {
            break
        }
        'isets;help;customer;search' {
            break
        }
        'isets;help;customer;history' {
            break
        }
        'isets;help;customer;add' {
            break
        }
        'isets;help;customer;assign' {
            break
        }
        'isets;help;customer;edit' {
            break
        }
        'isets;help;customer;show' {
            break
        }
        'isets;help;customer;team' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a partner on the customer''s team, through one of their organizations (K1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a partner off the team (they keep the history; --reason is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The team: current members first, then former ones')
            break
        }
        'isets;help;customer;team;add' {
            break
        }
        'isets;help;customer;team;remove' {
            break
        }
        'isets;help;customer;team;list' {
            break
        }
        'isets;help;customer;status' {
            break
        }
        'isets;help;customer;progress' {
            break
        }
        'isets;help;customer;recommend' {
            break
        }
        'isets;help;note' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Write a case note on a customer; notes are never changed afterwards (H1)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s case notes, oldest first')
            break
        }
        'isets;help;note;add' {
            break
        }
        'isets;help;note;list' {
            break
        }
        'isets;help;document' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a file to a customer, such as their signed Employment Plan (E8)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s documents, oldest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Write a document''s content to a file, checked against its SHA-256')
            break
        }
        'isets;help;document;add' {
            break
        }
        'isets;help;document;list' {
            break
        }
        'isets;help;document;get' {
            break
        }
        'isets;help;calendar' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Close a business day: an extra closure day (F7; super users)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a year''s closed days, with their actual and observed dates (F7)')
            break
        }
        'isets;help;calendar;add' {
            break
        }
        'isets;help;calendar;remove' {
            break
        }
        'isets;help;calendar;list' {
            break
        }
        'isets;help;assessment' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s assessments, oldest first, with the state of each (A2)')
            break
        }
        'isets;help;assessment;add' {
            break
        }
        'isets;help;assessment;list' {
            break
        }
        'isets;help;referral' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Accept or reject a referral sent to your side (F4)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One referral with every version: the newest current, the older ones historical (F3)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Mark referrals sent more than 90 days ago and not accepted as expired (F5)')
            break
        }
        'isets;help;referral;send' {
            break
        }
        'isets;help;referral;respond' {
            break
        }
        'isets;help;referral;show' {
            break
        }
        'isets;help;referral;list' {
            break
        }
        'isets;help;referral;expire' {
            break
        }
        'isets;help;enroll' {
            break
        }
        'isets;help;ep' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Employment Plan: each goal and its activities, with the E3 and E8 flags')
            [CompletionResult]::new('goal', 'goal', [CompletionResultType]::ParameterValue, 'The goals of the plan (E1)')
            break
        }
        'isets;help;ep;show' {
            break
        }
        'isets;help;ep;goal' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a goal to a provider''s part of the plan')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a goal''s title, category, term or status')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a goal with nothing under it (E1)')
            break
        }
        'isets;help;ep;goal;add' {
            break
        }
        'isets;help;ep;goal;edit' {
            break
        }
        'isets;help;ep;goal;remove' {
            break
        }
        'isets;help;activity' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a Planned/Not Started activity under a goal of the customer''s plan (E1, E3, E4, N4)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a started activity on its actual completion date (E5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a never-started activity (E2, E3)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Move the planned end of a planned or started activity')
            break
        }
        'isets;help;activity;add' {
            break
        }
        'isets;help;activity;start' {
            break
        }
        'isets;help;activity;close' {
            break
        }
        'isets;help;activity;delete' {
            break
        }
        'isets;help;activity;extend' {
            break
        }
        'isets;help;exit' {
            break
        }
        'isets;help;unexit' {
            break
        }
        'isets;help;attendance' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter the hours attended in a week of a Started/Open activity (E7)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a week''s hours: they count once verified by the provider''s authorized staff (E7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The weeks entered for an activity, or for all of a customer''s activities')
            break
        }
        'isets;help;attendance;add' {
            break
        }
        'isets;help;attendance;verify' {
            break
        }
        'isets;help;attendance;list' {
            break
        }
        'isets;help;service' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a support service under a goal of the customer''s plan (E1, E3, N5)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a planned support service on the day it started (E2, E4)')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Costs of support services: add, edit, list (V1–V5, V7)')
            break
        }
        'isets;help;service;add' {
            break
        }
        'isets;help;service;start' {
            break
        }
        'isets;help;service;cost' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a cost to a Started/Open support service (V1–V5, V7)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a customer''s support-service costs')
            break
        }
        'isets;help;service;cost;add' {
            break
        }
        'isets;help;service;cost;edit' {
            break
        }
        'isets;help;service;cost;list' {
            break
        }
        'isets;help;override' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a pending override: its cost counts (V4; super users, provider managers of the provider)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a pending override with a reason: its cost is void and the provider is told (V4)')
            break
        }
        'isets;help;override;list' {
            break
        }
        'isets;help;override;accept' {
            break
        }
        'isets;help;override;reject' {
            break
        }
        'isets;help;caps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the support-service maximums; with --fiscal-year, the one in force for every category (V3)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a category''s maximum for a fiscal year, or its default for every year (V3; super users)')
            break
        }
        'isets;help;caps;list' {
            break
        }
        'isets;help;caps;set' {
            break
        }
        'isets;help;earnfare' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A customer''s Earnfare participation: benefit, work hours and stipend (R1, R2)')
            [CompletionResult]::new('set-benefit', 'set-benefit', [CompletionResultType]::ParameterValue, 'Set a customer''s benefit amount from a date (IDHS staff: super users, WFD, provider managers)')
            [CompletionResult]::new('benefits', 'benefits', [CompletionResultType]::ParameterValue, 'Every benefit amount of a customer, newest effective first (R2)')
            break
        }
        'isets;help;earnfare;show' {
            break
        }
        'isets;help;earnfare;set-benefit' {
            break
        }
        'isets;help;earnfare;benefits' {
            break
        }
        'isets;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every statewide setting with its value in force and its default')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a statewide setting (super users); the audit log keeps the value before')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put a setting back to its default (super users)')
            break
        }
        'isets;help;settings;list' {
            break
        }
        'isets;help;settings;set' {
            break
        }
        'isets;help;settings;reset' {
            break
        }
        'isets;help;federal-component' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every activity of the catalogue with the federal component it is reported under (G3)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Report an activity under another federal component, or none (super users; G3)')
            break
        }
        'isets;help;federal-component;list' {
            break
        }
        'isets;help;federal-component;set' {
            break
        }
        'isets;help;employment' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a customer''s employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job''s start (M1, M2, M4, T2)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'Record the last day of an employment (M1)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Enter a retention check once its period is reached, with its document and case note (M3)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a period''s verification: sets the Employment Verification Status (M3)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s employment with its retention and verifications (M1–M3)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Customers in Job Retention due their 30-day contact or their exit (M5)')
            break
        }
        'isets;help;employment;add' {
            break
        }
        'isets;help;employment;end' {
            break
        }
        'isets;help;employment;verify' {
            break
        }
        'isets;help;employment;approve' {
            break
        }
        'isets;help;employment;list' {
            break
        }
        'isets;help;employment;due' {
            break
        }
        'isets;help;staffing' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a month''s staffing: its packet, customers, due dates and history (B1, B2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the staffings in your reach, newest month first, with late parts flagged (B1)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'The provider''s part for a customer: level of progress and the full staffing (4334) flag (B2, B10)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'IDHS''s eligibility verification of a customer (B2: WFD)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a program document the month''s packet asks for (B2)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit the provider''s part, once the month has ended (B1, B8)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)')
            break
        }
        'isets;help;staffing;show' {
            break
        }
        'isets;help;staffing;list' {
            break
        }
        'isets;help;staffing;mark' {
            break
        }
        'isets;help;staffing;verify' {
            break
        }
        'isets;help;staffing;attach' {
            break
        }
        'isets;help;staffing;submit' {
            break
        }
        'isets;help;staffing;approve' {
            break
        }
        'isets;help;staffing;unlock' {
            break
        }
        'isets;help;billing' {
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit the billing packet of an approved staffing (B8: provider manager or WFD)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Review and approve a submitted billing packet: the month is final (B4)')
            [CompletionResult]::new('request-changes', 'request-changes', [CompletionResultType]::ParameterValue, 'Send a submitted billing packet back with what to change or send (B4, B8)')
            break
        }
        'isets;help;billing;submit' {
            break
        }
        'isets;help;billing;approve' {
            break
        }
        'isets;help;billing;request-changes' {
            break
        }
        'isets;help;credential' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a credential the customer earned (C1)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a credential entered in error: it is kept, marked removed (H1)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A customer''s credentials, removed ones marked')
            break
        }
        'isets;help;credential;add' {
            break
        }
        'isets;help;credential;remove' {
            break
        }
        'isets;help;credential;list' {
            break
        }
        'isets;help;dashboard' {
            break
        }
        'isets;help;ies' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected (the others are imported)')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List the imports, newest first (I3)')
            break
        }
        'isets;help;ies;import' {
            break
        }
        'isets;help;ies;batches' {
            break
        }
        'isets;help;apply' {
            break
        }
        'isets;help;plan' {
            break
        }
        'isets;help;report' {
            [CompletionResult]::new('4333', '4333', [CompletionResultType]::ParameterValue, 'The 4333 roster: the customers of a provider''s program in a month (B5)')
            [CompletionResult]::new('employment', 'employment', [CompletionResultType]::ParameterValue, 'The Employment Report: the jobs of a program''s customers in a month (B6, M2, M3)')
            [CompletionResult]::new('support-services', 'support-services', [CompletionResultType]::ParameterValue, 'The Supportive Services Summary: a month''s payments by customer and category (B6, V4)')
            [CompletionResult]::new('earnfare-2606', 'earnfare-2606', [CompletionResultType]::ParameterValue, 'The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)')
            [CompletionResult]::new('fns-583', 'fns-583', [CompletionResultType]::ParameterValue, 'The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)')
            [CompletionResult]::new('pptt-audit', 'pptt-audit', [CompletionResultType]::ParameterValue, 'The data accuracy audit: a provider''s PPTT compared with ISETS for a month (B7, B9)')
            break
        }
        'isets;help;report;4333' {
            break
        }
        'isets;help;report;employment' {
            break
        }
        'isets;help;report;support-services' {
            break
        }
        'isets;help;report;earnfare-2606' {
            break
        }
        'isets;help;report;fns-583' {
            break
        }
        'isets;help;report;pptt-audit' {
            break
        }
        'isets;help;audit' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain and name the first record that does not verify')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the record count and the newest hash (the chain''s head), to keep outside the database')
            break
        }
        'isets;help;audit;log' {
            break
        }
        'isets;help;audit;verify' {
            break
        }
        'isets;help;audit;head' {
            break
        }
        'isets;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from (passwords redacted)')
            break
        }
        'isets;help;config;show' {
            break
        }
        'isets;help;generate' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and isets-ies.5')
            break
        }
        'isets;help;generate;completions' {
            break
        }
        'isets;help;generate;man' {
            break
        }
        'isets;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
