//! Schema parity: `migrations/sqlite` and `migrations/postgres` must describe the same
//! tables, columns, keys, indexes and foreign keys, so the two folders cannot drift.

use std::collections::{BTreeMap, BTreeSet};

use crate::support::{Kind, TestDb};

/// Declared type → logical type. SQLite tables are STRICT, so their declared types are
/// storage classes; each PostgreSQL type maps to the class SQLite stores the same value
/// in. A type missing here is reported, never accepted, so a new type needs a decision:
/// PostgreSQL `integer` is left out on purpose, as the code reads whole numbers as i64,
/// which sqlx does not decode from int4.
const SQLITE_TYPES: &[(&str, &str)] = &[("INTEGER", "integer"), ("TEXT", "text")];
const POSTGRES_TYPES: &[(&str, &str)] = &[
    ("bigint", "integer"),
    // 0/1 with a CHECK on SQLite.
    ("boolean", "integer"),
    ("text", "text"),
    // ISO dates checked by date() on SQLite.
    ("date", "text"),
    // RFC 3339 UTC text on SQLite.
    ("timestamp with time zone", "text"),
    // Wall-clock "YYYY-MM-DD HH:MM:SS" on SQLite.
    ("timestamp without time zone", "text"),
];

#[derive(Debug, Default, Clone, PartialEq)]
struct Schema {
    tables: BTreeMap<String, Table>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Table {
    columns: Vec<Column>,
    primary_key: Vec<String>,
    /// `UNIQUE` in CREATE TABLE, by columns: SQLite names these itself
    /// (`sqlite_autoindex_…`), so their names cannot match.
    unique: BTreeSet<Vec<String>>,
    /// CREATE [UNIQUE] INDEX, by name.
    indexes: BTreeMap<String, Index>,
    foreign_keys: BTreeSet<ForeignKey>,
}

#[derive(Debug, Clone, PartialEq)]
struct Column {
    name: String,
    /// As declared; compared through the type maps.
    ty: String,
    nullable: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct Index {
    unique: bool,
    /// Has a WHERE clause. Only its presence is compared: each backend prints the
    /// predicate in its own way.
    partial: bool,
    /// Column names, or expressions lowercased without blanks or quotes.
    columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct ForeignKey {
    columns: Vec<String>,
    table: String,
    references: Vec<String>,
    on_update: String,
    on_delete: String,
}

fn logical(map: &[(&str, &'static str)], declared: &str) -> Option<&'static str> {
    map.iter()
        .find(|(ty, _)| ty.eq_ignore_ascii_case(declared))
        .map(|&(_, logical)| logical)
}

fn nullability(nullable: bool) -> &'static str {
    if nullable { "nullable" } else { "NOT NULL" }
}

fn list(columns: &[String]) -> String {
    if columns.is_empty() {
        "(none)".to_string()
    } else {
        format!("({})", columns.join(", "))
    }
}

fn describe_index(index: &Index) -> String {
    format!(
        "{}{}{}",
        if index.unique { "UNIQUE " } else { "" },
        list(&index.columns),
        if index.partial { " partial" } else { "" }
    )
}

fn describe_foreign_key(fk: &ForeignKey) -> String {
    let mut out = format!(
        "{} → {} {}",
        list(&fk.columns),
        fk.table,
        list(&fk.references)
    );
    for (event, action) in [("UPDATE", &fk.on_update), ("DELETE", &fk.on_delete)] {
        if action != "NO ACTION" {
            out.push_str(&format!(" ON {event} {action}"));
        }
    }
    out
}

/// Every difference between the two schemas, one line each, in table order.
/// Tables one backend has by design: PostgreSQL keeps stored documents in a table, a
/// SQLite database in a folder beside its file (E8, README, "Documents").
const POSTGRES_ONLY: &[&str] = &["document_contents"];

fn differences(sqlite: &Schema, postgres: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    let names: BTreeSet<&String> = sqlite.tables.keys().chain(postgres.tables.keys()).collect();
    for name in names {
        if POSTGRES_ONLY.contains(&name.as_str())
            && postgres.tables.contains_key(name)
            && !sqlite.tables.contains_key(name)
        {
            continue;
        }
        match (sqlite.tables.get(name), postgres.tables.get(name)) {
            (Some(s), Some(p)) => table_differences(name, s, p, &mut out),
            (s, _) => out.push(format!(
                "table {name}: only on {}",
                if s.is_some() { "sqlite" } else { "postgres" }
            )),
        }
    }
    out
}

fn table_differences(t: &str, s: &Table, p: &Table, out: &mut Vec<String>) {
    for c in &s.columns {
        let Some(pc) = p.columns.iter().find(|pc| pc.name == c.name) else {
            out.push(format!(
                "{t}.{}: only on sqlite ({} {})",
                c.name,
                c.ty,
                nullability(c.nullable)
            ));
            continue;
        };
        match (
            logical(SQLITE_TYPES, &c.ty),
            logical(POSTGRES_TYPES, &pc.ty),
        ) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) => out.push(format!(
                "{t}.{}: type {} ({a}) on sqlite, {} ({b}) on postgres",
                c.name, c.ty, pc.ty
            )),
            (a, b) => {
                if a.is_none() {
                    out.push(format!(
                        "{t}.{}: sqlite type {} is not in the type map",
                        c.name, c.ty
                    ));
                }
                if b.is_none() {
                    out.push(format!(
                        "{t}.{}: postgres type {} is not in the type map",
                        c.name, pc.ty
                    ));
                }
            }
        }
        if c.nullable != pc.nullable {
            out.push(format!(
                "{t}.{}: {} on sqlite, {} on postgres",
                c.name,
                nullability(c.nullable),
                nullability(pc.nullable)
            ));
        }
    }
    for pc in &p.columns {
        if !s.columns.iter().any(|c| c.name == pc.name) {
            out.push(format!(
                "{t}.{}: only on postgres ({} {})",
                pc.name,
                pc.ty,
                nullability(pc.nullable)
            ));
        }
    }
    let in_both = |from: &Table, other: &Table| -> Vec<String> {
        from.columns
            .iter()
            .filter(|c| other.columns.iter().any(|o| o.name == c.name))
            .map(|c| c.name.clone())
            .collect()
    };
    let (s_order, p_order) = (in_both(s, p), in_both(p, s));
    if s_order != p_order {
        out.push(format!(
            "{t}: column order {} on sqlite, {} on postgres",
            list(&s_order),
            list(&p_order)
        ));
    }

    if s.primary_key != p.primary_key {
        out.push(format!(
            "{t}: primary key {} on sqlite, {} on postgres",
            list(&s.primary_key),
            list(&p.primary_key)
        ));
    }

    for (side, mine, theirs) in [("sqlite", s, p), ("postgres", p, s)] {
        for columns in mine.unique.difference(&theirs.unique) {
            out.push(format!(
                "{t}: unique constraint {} only on {side}",
                list(columns)
            ));
        }
    }

    let index_names: BTreeSet<&String> = s.indexes.keys().chain(p.indexes.keys()).collect();
    for name in index_names {
        match (s.indexes.get(name), p.indexes.get(name)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) => out.push(format!(
                "{t}: index {name}: {} on sqlite, {} on postgres",
                describe_index(a),
                describe_index(b)
            )),
            (Some(a), None) => out.push(format!(
                "{t}: index {name} only on sqlite: {}",
                describe_index(a)
            )),
            (None, Some(b)) => out.push(format!(
                "{t}: index {name} only on postgres: {}",
                describe_index(b)
            )),
            (None, None) => {}
        }
    }

    for (side, mine, theirs) in [("sqlite", s, p), ("postgres", p, s)] {
        for fk in mine.foreign_keys.difference(&theirs.foreign_keys) {
            out.push(format!(
                "{t}: foreign key {} only on {side}",
                describe_foreign_key(fk)
            ));
        }
    }
}

/// Index expressions as both backends can be made to agree on them.
fn normalize_expression(expr: &str) -> String {
    expr.chars()
        .filter(|c| !c.is_whitespace() && *c != '"')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The key terms of a SQLite `CREATE INDEX … ON t (a, lower(b)) …` statement, which is the
/// only place SQLite keeps an indexed expression's text.
fn sqlite_index_terms(sql: &str) -> Vec<String> {
    let on = sql.to_ascii_lowercase().find(" on ").unwrap_or(0);
    let Some(open) = sql[on..].find('(').map(|i| on + i) else {
        return Vec::new();
    };
    let (mut terms, mut term, mut depth, mut quoted) = (Vec::new(), String::new(), 0, false);
    for ch in sql[open + 1..].chars() {
        match ch {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted && depth == 0 => break,
            ')' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                terms.push(std::mem::take(&mut term));
                continue;
            }
            _ => {}
        }
        term.push(ch);
    }
    terms.push(term);
    terms.iter().map(|t| normalize_expression(t)).collect()
}

/// One column as either catalogue reports it. `key_position` is its 1-based place in the
/// primary key, 0 outside it.
#[derive(sqlx::FromRow)]
struct ColumnRow {
    table_name: String,
    column_name: String,
    declared: String,
    nullable: bool,
    key_position: i64,
}

/// One key term of an index. `create_sql` is SQLite's CREATE INDEX text, the only place
/// it keeps an indexed expression (`term` is then NULL).
#[derive(sqlx::FromRow)]
struct IndexRow {
    table_name: String,
    index_name: String,
    is_unique: bool,
    is_partial: bool,
    is_constraint: bool,
    term: Option<String>,
    create_sql: Option<String>,
}

/// One column pair of a foreign key; `constraint_key` groups a composite key's pairs. A
/// NULL `to_column` (SQLite's `REFERENCES t`) means the target's primary key.
#[derive(sqlx::FromRow)]
struct ForeignKeyRow {
    table_name: String,
    constraint_key: String,
    target_table: String,
    from_column: String,
    to_column: Option<String>,
    on_update: String,
    on_delete: String,
}

fn table<'a>(schema: &'a mut Schema, name: &str) -> &'a mut Table {
    schema.tables.entry(name.to_string()).or_default()
}

/// Assembles a schema from catalogue rows, each list ordered by table and then by
/// position.
fn build(
    columns: Vec<ColumnRow>,
    indexes: Vec<IndexRow>,
    references: Vec<ForeignKeyRow>,
) -> Schema {
    let mut schema = Schema::default();
    let mut keys: BTreeMap<String, BTreeMap<i64, String>> = BTreeMap::new();
    for row in columns {
        if row.key_position > 0 {
            keys.entry(row.table_name.clone())
                .or_default()
                .insert(row.key_position, row.column_name.clone());
        }
        table(&mut schema, &row.table_name).columns.push(Column {
            name: row.column_name,
            ty: row.declared,
            nullable: row.nullable,
        });
    }
    for (t, key) in keys {
        table(&mut schema, &t).primary_key = key.into_values().collect();
    }

    let mut built: BTreeMap<(String, String), (bool, Index)> = BTreeMap::new();
    for row in indexes {
        let (_, index) = built
            .entry((row.table_name, row.index_name))
            .or_insert_with(|| {
                let index = Index {
                    unique: row.is_unique,
                    partial: row.is_partial,
                    columns: Vec::new(),
                };
                (row.is_constraint, index)
            });
        let term = match row.term {
            Some(term) => normalize_expression(&term),
            None => sqlite_index_terms(row.create_sql.as_deref().unwrap_or_default())
                .get(index.columns.len())
                .cloned()
                .unwrap_or_else(|| "?".to_string()),
        };
        index.columns.push(term);
    }
    for ((t, name), (constraint, index)) in built {
        let table = table(&mut schema, &t);
        if constraint {
            table.unique.insert(index.columns);
        } else {
            table.indexes.insert(name, index);
        }
    }

    let mut fks: BTreeMap<(String, String), ForeignKey> = BTreeMap::new();
    for row in references {
        let fk = fks
            .entry((row.table_name, row.constraint_key))
            .or_insert_with(|| ForeignKey {
                columns: Vec::new(),
                table: row.target_table,
                references: Vec::new(),
                on_update: row.on_update,
                on_delete: row.on_delete,
            });
        let to = row.to_column.unwrap_or_else(|| {
            schema
                .tables
                .get(&fk.table)
                .and_then(|t| t.primary_key.get(fk.references.len()).cloned())
                .unwrap_or_else(|| "?".to_string())
        });
        fk.columns.push(row.from_column);
        fk.references.push(to);
    }
    for ((t, _), fk) in fks {
        table(&mut schema, &t).foreign_keys.insert(fk);
    }
    schema
}

/// The migrated SQLite schema, from its catalogue and pragmas.
fn sqlite_schema(db: &TestDb) -> Schema {
    // The type map and the NOT NULL rule below hold for STRICT tables only.
    let loose = db.strings(
        "SELECT name FROM pragma_table_list \
         WHERE schema = 'main' AND type = 'table' AND NOT strict \
         AND substr(name, 1, 7) <> 'sqlite_' AND name <> '_sqlx_migrations' ORDER BY name",
    );
    assert!(
        loose.is_empty(),
        "SQLite tables that are not STRICT: {loose:?}"
    );
    build(
        // A STRICT table's key columns cannot hold NULL, yet pragma_table_xinfo reports
        // notnull = 0 for an INTEGER PRIMARY KEY. Generated columns are listed too
        // (table_info hides them).
        db.rows(
            "SELECT m.name AS table_name, p.name AS column_name, p.type AS declared, \
             p.\"notnull\" = 0 AND p.pk = 0 AS nullable, p.pk AS key_position \
             FROM sqlite_master m, pragma_table_xinfo(m.name) p \
             WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' \
             AND m.name <> '_sqlx_migrations' AND p.hidden <> 1 ORDER BY m.name, p.cid",
        ),
        // The primary key's own index ('pk') is the primary key, compared as such.
        db.rows(
            "SELECT m.name AS table_name, l.name AS index_name, l.\"unique\" AS is_unique, \
             l.partial AS is_partial, l.origin = 'u' AS is_constraint, i.name AS term, \
             s.sql AS create_sql \
             FROM sqlite_master m, pragma_index_list(m.name) l, pragma_index_info(l.name) i \
             LEFT JOIN sqlite_master s ON s.type = 'index' AND s.name = l.name \
             WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' \
             AND m.name <> '_sqlx_migrations' AND l.origin <> 'pk' \
             ORDER BY m.name, l.name, i.seqno",
        ),
        db.rows(
            "SELECT m.name AS table_name, CAST(f.id AS TEXT) AS constraint_key, \
             f.\"table\" AS target_table, f.\"from\" AS from_column, f.\"to\" AS to_column, \
             f.on_update, f.on_delete \
             FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' \
             AND m.name <> '_sqlx_migrations' ORDER BY m.name, f.id, f.seq",
        ),
    )
}

/// The migrated PostgreSQL schema (the current schema only), from pg_catalog.
fn postgres_schema(db: &TestDb) -> Schema {
    build(
        db.rows(
            "SELECT CAST(c.relname AS TEXT) AS table_name, CAST(a.attname AS TEXT) AS column_name, \
             format_type(a.atttypid, a.atttypmod) AS declared, NOT a.attnotnull AS nullable, \
             CAST(COALESCE(array_position(k.conkey, a.attnum), 0) AS BIGINT) AS key_position \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             JOIN pg_attribute a ON a.attrelid = c.oid \
             LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'p' \
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') \
             AND c.relname <> '_sqlx_migrations' AND a.attnum > 0 AND NOT a.attisdropped \
             ORDER BY c.relname, a.attnum",
        ),
        db.rows(
            "SELECT CAST(c.relname AS TEXT) AS table_name, CAST(i.relname AS TEXT) AS index_name, \
             x.indisunique AS is_unique, x.indpred IS NOT NULL AS is_partial, \
             EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid \
                     AND k.conrelid = x.indrelid AND k.contype = 'u') AS is_constraint, \
             pg_get_indexdef(x.indexrelid, g.n, true) AS term, \
             CAST(NULL AS TEXT) AS create_sql \
             FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid \
             JOIN pg_class i ON i.oid = x.indexrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             CROSS JOIN LATERAL generate_series(1, CAST(x.indnkeyatts AS INTEGER)) AS g(n) \
             WHERE n.nspname = current_schema() AND NOT x.indisprimary \
             AND c.relname <> '_sqlx_migrations' ORDER BY c.relname, i.relname, g.n",
        ),
        // Actions spelled as SQLite's pragma_foreign_key_list spells them.
        db.rows(
            "SELECT CAST(c.relname AS TEXT) AS table_name, CAST(k.conname AS TEXT) AS constraint_key, \
             CAST(r.relname AS TEXT) AS target_table, CAST(a.attname AS TEXT) AS from_column, \
             CAST(ra.attname AS TEXT) AS to_column, \
             CASE k.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' \
                  WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' \
                  ELSE CAST(k.confupdtype AS TEXT) END AS on_update, \
             CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' \
                  WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' \
                  ELSE CAST(k.confdeltype AS TEXT) END AS on_delete \
             FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             JOIN pg_class r ON r.oid = k.confrelid \
             CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(attnum, refnum, pos) \
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum \
             JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = u.refnum \
             WHERE k.contype = 'f' AND n.nspname = current_schema() \
             AND c.relname <> '_sqlx_migrations' ORDER BY c.relname, k.conname, u.pos",
        ),
    )
}

#[test]
fn sqlite_and_postgres_migrate_to_the_same_schema() {
    let Some(pg) = TestDb::new(Kind::Postgres) else {
        eprintln!("\n*** SCHEMA PARITY NOT CHECKED: PostgreSQL is not installed ***\n");
        return;
    };
    let lite = TestDb::new(Kind::Sqlite).expect("sqlite");
    lite.migrate();
    pg.migrate();
    let (sqlite, postgres) = (sqlite_schema(&lite), postgres_schema(&pg));

    // An introspection query that matched nothing would make both sides agree.
    for (side, schema) in [("sqlite", &sqlite), ("postgres", &postgres)] {
        let tables = schema.tables.values();
        let found = [
            ("tables", schema.tables.len()),
            ("columns", tables.clone().map(|t| t.columns.len()).sum()),
            (
                "primary keys",
                tables.clone().filter(|t| !t.primary_key.is_empty()).count(),
            ),
            (
                "unique constraints",
                tables.clone().map(|t| t.unique.len()).sum(),
            ),
            ("indexes", tables.clone().map(|t| t.indexes.len()).sum()),
            (
                "foreign keys",
                tables.clone().map(|t| t.foreign_keys.len()).sum(),
            ),
        ];
        for (what, n) in found {
            assert!(
                n > 0,
                "no {what} found on {side}: the introspection query is wrong"
            );
        }
    }

    let found = differences(&sqlite, &postgres);
    assert!(
        found.is_empty(),
        "migrations/sqlite and migrations/postgres differ ({} difference(s)):\n  {}",
        found.len(),
        found.join("\n  ")
    );
}

fn column(name: &str, ty: &str, nullable: bool) -> Column {
    Column {
        name: name.to_string(),
        ty: ty.to_string(),
        nullable,
    }
}

fn users(id_type: &str, email: Column, email_index: Index) -> Schema {
    let table = Table {
        columns: vec![column("id", id_type, false), email],
        primary_key: vec!["id".to_string()],
        unique: BTreeSet::new(),
        indexes: BTreeMap::from([("users_email_idx".to_string(), email_index)]),
        foreign_keys: BTreeSet::new(),
    };
    Schema {
        tables: BTreeMap::from([("users".to_string(), table)]),
    }
}

fn email_index(unique: bool) -> Index {
    Index {
        unique,
        partial: false,
        columns: vec!["lower(email)".to_string()],
    }
}

#[test]
fn differences_list_every_mismatch() {
    let sqlite = users(
        "INTEGER",
        column("email", "TEXT", false),
        email_index(false),
    );
    let postgres = users("bigint", column("email", "text", true), email_index(true));
    assert_eq!(
        differences(&sqlite, &postgres),
        [
            "users.email: NOT NULL on sqlite, nullable on postgres",
            "users: index users_email_idx: (lower(email)) on sqlite, UNIQUE (lower(email)) on postgres",
        ]
    );
    let agreeing = users("bigint", column("email", "text", false), email_index(false));
    assert_eq!(differences(&sqlite, &agreeing), Vec::<String>::new());
}

#[test]
fn a_type_outside_the_map_is_a_difference() {
    let sqlite = users(
        "INTEGER",
        column("email", "TEXT", false),
        email_index(false),
    );
    let postgres = users(
        "integer",
        column("email", "character varying(255)", false),
        email_index(false),
    );
    assert_eq!(
        differences(&sqlite, &postgres),
        [
            "users.id: postgres type integer is not in the type map",
            "users.email: postgres type character varying(255) is not in the type map",
        ]
    );
}

#[test]
fn sqlite_index_terms_split_at_top_level_commas() {
    assert_eq!(
        sqlite_index_terms(
            "CREATE UNIQUE INDEX x_key ON x (organization_id, lower(name), coalesce(a, 'b,c'))\n    WHERE removed_at IS NULL"
        ),
        ["organization_id", "lower(name)", "coalesce(a,'b,c')"]
    );
}
