//! Reading an apply file: TOML into a checked [`Spec`], every error with the file,
//! line and column, the field, and the rule.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::{Spanned, Value};

use crate::catalogue::{self, Kind, Program};
use crate::error::Error;
use crate::permissions::Role;
use crate::providers::contracts::{self, Terms};
use crate::providers::locations::NewLocation;
use crate::providers::programs::NewProgram;
use crate::providers::sites::NewSite;
use crate::users::{Authorization, Person};
use crate::values::{self, FiscalYear, Money};

type Field = Spanned<Value>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    #[serde(default)]
    provider: Vec<Spanned<ProviderDoc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderDoc {
    name: Field,
    spcq_approved_on: Field,
    #[serde(default)]
    location: Vec<Spanned<LocationDoc>>,
    #[serde(default)]
    contract: Vec<Spanned<ContractDoc>>,
    #[serde(default)]
    program: Vec<Spanned<ProgramDoc>>,
    services: Option<Spanned<ServicesDoc>>,
    #[serde(default)]
    appointment_site: Vec<Spanned<SiteDoc>>,
    #[serde(default)]
    user: Vec<Spanned<UserDoc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocationDoc {
    name: Field,
    address: Field,
    county: Field,
    dhs_office: Field,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContractDoc {
    number: Field,
    program: Field,
    start: Field,
    end: Field,
    amount: Field,
    #[serde(default)]
    goals: BTreeMap<String, Field>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramDoc {
    contract: Field,
    location: Field,
    #[serde(rename = "type")]
    program_type: Field,
    fiscal_year: Field,
    activities: Field,
    #[serde(default)]
    full_time: Option<Field>,
    #[serde(default)]
    part_time: Option<Field>,
    description: Field,
    target_occupation: Option<Field>,
    criteria: Option<Field>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServicesDoc {
    #[serde(default)]
    disable: Option<Field>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteDoc {
    name: Field,
    location: Option<Field>,
    instructions: Option<Field>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UserDoc {
    username: Field,
    first: Field,
    last: Field,
    email: Field,
    dob: Field,
    role: Field,
    access_request: Option<Field>,
    manager_request: Option<Field>,
    authorized_by: Field,
    locations: Option<Field>,
}

/// Where something is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// One problem in the file.
#[derive(Debug, Clone)]
pub struct FileError {
    pub file: String,
    pub pos: Pos,
    pub field: String,
    pub error: Error,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A refused value names its field once: by its place in the file.
        let error = match &self.error {
            Error::Invalid { value, why, .. } => format!("{value:?} {why}"),
            other => other.to_string(),
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.pos.line, self.pos.column, self.field, error
        )
    }
}

#[derive(Debug, Clone)]
pub struct UserSpec {
    pub person: Person,
    pub role: Role,
    pub authorization: Authorization,
    /// §1: the provider's locations the listing is limited to; empty for all of them.
    pub locations: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ProviderSpec {
    pub name: String,
    pub spcq_approved_on: NaiveDate,
    pub pos: Pos,
    pub locations: Vec<(NewLocation, Pos)>,
    pub contracts: Vec<(String, Terms, Pos)>,
    pub programs: Vec<(NewProgram, Pos)>,
    /// Codes to disable (P5); `None` when the file says nothing of services.
    pub disabled_services: Option<(Vec<&'static str>, Pos)>,
    pub sites: Vec<(NewSite, Pos)>,
    pub users: Vec<(UserSpec, Pos)>,
}

/// A whole apply file, checked.
#[derive(Debug, Clone)]
pub struct Spec {
    pub file: String,
    pub providers: Vec<ProviderSpec>,
}

struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    /// Byte offset where each line starts, so a place costs a binary search, not a scan.
    line_starts: Vec<usize>,
    errors: Vec<FileError>,
}

impl Reader<'_> {
    fn pos(&self, span: Range<usize>) -> Pos {
        let at = span.start.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= at);
        let start = self.line_starts[line.saturating_sub(1)];
        let column = self.text.get(start..at).map_or(0, |t| t.chars().count()) + 1;
        Pos { line, column }
    }

    fn fail(&mut self, span: Range<usize>, field: &str, error: Error) {
        let pos = self.pos(span);
        self.errors.push(FileError {
            file: self.file.to_string(),
            pos,
            field: field.to_string(),
            error,
        });
    }

    fn check<T>(&mut self, span: Range<usize>, field: &str, result: Result<T, Error>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(span, field, e);
                None
            }
        }
    }

    fn text(&mut self, v: &Field, field: &str) -> Option<String> {
        let result = match v.get_ref() {
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            Value::String(_) => Err(Error::Usage("must not be empty".into())),
            other => Err(Error::Usage(format!(
                "must be a string, not {}",
                other.type_str()
            ))),
        };
        self.check(v.span(), field, result)
    }

    fn opt_text(&mut self, v: &Option<Field>, field: &str) -> Option<Option<String>> {
        match v {
            Some(v) => self.text(v, field).map(Some),
            None => Some(None),
        }
    }

    fn date(&mut self, v: &Field, field: &str) -> Option<NaiveDate> {
        let result = match v.get_ref() {
            Value::Datetime(d) => values::parse_date(field, &d.to_string()),
            Value::String(s) => values::parse_date(field, s),
            other => Err(Error::Usage(format!(
                "must be a date, not {}",
                other.type_str()
            ))),
        };
        self.check(v.span(), field, result)
    }

    /// Money is written as a string ("250000.00") or a whole number; a float is not
    /// exact, so it is refused (V5).
    fn money(&mut self, v: &Field, field: &str) -> Option<Money> {
        let result = match v.get_ref() {
            Value::String(s) => Money::parse("amount", s),
            Value::Integer(n) => n
                .checked_mul(100)
                .map(Money)
                .ok_or_else(|| Error::rule("V5", "is too large")),
            Value::Float(_) => Err(Error::rule(
                "V5",
                "write money as a string such as \"250000.00\": a TOML float is not exact",
            )),
            other => Err(Error::Usage(format!(
                "must be an amount, not {}",
                other.type_str()
            ))),
        };
        self.check(v.span(), field, result)
    }

    fn int(&mut self, v: &Field, field: &str) -> Option<i64> {
        let result = match v.get_ref() {
            Value::Integer(n) if *n >= 0 => Ok(*n),
            other => Err(Error::Usage(format!(
                "must be a whole number ≥ 0, not {}",
                other
            ))),
        };
        self.check(v.span(), field, result)
    }

    fn flag(&mut self, v: &Option<Field>, field: &str) -> Option<bool> {
        match v {
            None => Some(false),
            Some(v) => {
                let result = match v.get_ref() {
                    Value::Boolean(b) => Ok(*b),
                    other => Err(Error::Usage(format!(
                        "must be true or false, not {}",
                        other.type_str()
                    ))),
                };
                self.check(v.span(), field, result)
            }
        }
    }

    fn list(&mut self, v: &Field, field: &str) -> Option<Vec<String>> {
        let result = match v.get_ref() {
            Value::Array(items) => items
                .iter()
                .map(|i| match i {
                    Value::String(s) => Ok(s.clone()),
                    other => Err(Error::Usage(format!(
                        "must list strings, not {}",
                        other.type_str()
                    ))),
                })
                .collect(),
            other => Err(Error::Usage(format!(
                "must be a list of strings, not {}",
                other.type_str()
            ))),
        };
        self.check(v.span(), field, result)
    }
}

/// Parses and checks a whole file; nothing is read from the database here.
pub fn read(file: &str, text: &str, today: NaiveDate) -> Result<Spec, Vec<FileError>> {
    let line_starts = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut r = Reader {
        file,
        text,
        line_starts,
        errors: Vec::new(),
    };
    let doc: Doc = match toml::from_str(text) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            r.fail(span, "file", Error::Usage(e.message().to_string()));
            return Err(r.errors);
        }
    };
    if doc.provider.is_empty() {
        r.fail(
            0..0,
            "provider",
            Error::Usage("the file describes no [[provider]]".into()),
        );
    }
    let mut providers: Vec<ProviderSpec> = Vec::new();
    for (pi, p) in doc.provider.iter().enumerate() {
        if let Some(spec) = read_provider(&mut r, pi, p, today) {
            if providers
                .iter()
                .any(|q| q.name.eq_ignore_ascii_case(&spec.name))
            {
                r.fail(
                    p.get_ref().name.span(),
                    &format!("provider[{pi}].name"),
                    Error::Usage(format!("provider {:?} appears twice", spec.name)),
                );
            }
            providers.push(spec);
        }
    }
    // Contract numbers are unique everywhere (P2).
    let mut seen: Vec<&str> = Vec::new();
    let mut dupes = Vec::new();
    for p in &providers {
        for (number, _, pos) in &p.contracts {
            if seen.contains(&number.as_str()) {
                dupes.push((number.clone(), pos.clone()));
            }
            seen.push(number);
        }
    }
    for (number, pos) in dupes {
        r.errors.push(FileError {
            file: file.to_string(),
            pos,
            field: "contract.number".into(),
            error: Error::rule(
                "P2",
                format!("contract number {number} appears twice: numbers are unique"),
            ),
        });
    }
    if r.errors.is_empty() {
        Ok(Spec {
            file: file.to_string(),
            providers,
        })
    } else {
        r.errors.sort_by_key(|e| (e.pos.line, e.pos.column));
        Err(r.errors)
    }
}

fn read_provider(
    r: &mut Reader<'_>,
    pi: usize,
    p: &Spanned<ProviderDoc>,
    today: NaiveDate,
) -> Option<ProviderSpec> {
    let at = format!("provider[{pi}]");
    let d = p.get_ref();
    let name = r.text(&d.name, &format!("{at}.name"));
    let spcq_field = format!("{at}.spcq_approved_on");
    let spcq = r.date(&d.spcq_approved_on, &spcq_field).and_then(|date| {
        let approved = crate::orgs::check_spcq(Some(date), today)
            .map_err(|_| {
                Error::rule(
                    "U2",
                    format!("{date} is in the future: an SPCQ is on file only once approved"),
                )
            })
            .map(|()| date);
        r.check(d.spcq_approved_on.span(), &spcq_field, approved)
    });
    let pos = r.pos(p.span());
    // P1: at least one location and an executed contract.
    if d.location.is_empty() {
        r.fail(
            p.span(),
            &at,
            Error::rule(
                "P1",
                "a provider has at least one location: add a [[provider.location]]",
            ),
        );
    }
    if d.contract.is_empty() {
        r.fail(
            p.span(),
            &at,
            Error::rule(
                "P1",
                "a provider is added only with an executed contract: add a [[provider.contract]]",
            ),
        );
    }

    let mut locations: Vec<(NewLocation, Pos)> = Vec::new();
    for (i, l) in d.location.iter().enumerate() {
        let f = format!("{at}.location[{i}]");
        let ld = l.get_ref();
        let parts = (
            r.text(&ld.name, &format!("{f}.name")),
            r.text(&ld.address, &format!("{f}.address")),
            r.text(&ld.county, &format!("{f}.county")),
            r.text(&ld.dhs_office, &format!("{f}.dhs_office")),
        );
        if let (Some(n), Some(a), Some(c), Some(o)) = parts {
            if locations
                .iter()
                .any(|(x, _)| x.name.eq_ignore_ascii_case(&n))
            {
                r.fail(
                    ld.name.span(),
                    &format!("{f}.name"),
                    Error::Usage(format!("location {n:?} appears twice")),
                );
            }
            let new = NewLocation {
                name: n,
                address: a,
                county: c,
                dhs_office: o,
            };
            locations.push((new, r.pos(l.span())));
        }
    }

    let mut contracts_out = Vec::new();
    let declared: Vec<String> = d
        .contract
        .iter()
        .filter_map(|c| {
            c.get_ref()
                .number
                .get_ref()
                .as_str()
                .map(|n| n.trim().to_string())
        })
        .collect();
    for (i, c) in d.contract.iter().enumerate() {
        let f = format!("{at}.contract[{i}]");
        let cd = c.get_ref();
        let number = r.text(&cd.number, &format!("{f}.number")).and_then(|n| {
            r.check(
                cd.number.span(),
                &format!("{f}.number"),
                contracts::parse_number(&n),
            )
        });
        let program = r.text(&cd.program, &format!("{f}.program")).and_then(|v| {
            r.check(
                cd.program.span(),
                &format!("{f}.program"),
                v.parse::<Program>(),
            )
        });
        let start = r.date(&cd.start, &format!("{f}.start"));
        let end = r.date(&cd.end, &format!("{f}.end"));
        let amount = r.money(&cd.amount, &format!("{f}.amount"));
        let mut goals = BTreeMap::new();
        for (category, target) in &cd.goals {
            let field = format!("{f}.goals.{category}");
            let cat = r.check(target.span(), &field, catalogue::goal_category(category));
            let n = r.int(target, &field);
            if let (Some(cat), Some(n)) = (cat, n) {
                goals.insert(cat.to_string(), n);
            }
        }
        if let (Some(number), Some(program), Some(start_date), Some(end_date), Some(amount)) =
            (number, program, start, end, amount)
        {
            let terms = Terms {
                program,
                start_date,
                end_date,
                amount,
                goals,
            };
            if r.check(c.span(), &f, terms.check(&number)).is_some() {
                contracts_out.push((number, terms, r.pos(c.span())));
            }
        }
    }

    let mut programs_out: Vec<(NewProgram, Pos)> = Vec::new();
    for (i, g) in d.program.iter().enumerate() {
        let f = format!("{at}.program[{i}]");
        let gd = g.get_ref();
        let contract = r
            .text(&gd.contract, &format!("{f}.contract"))
            .and_then(|n| {
                let found = contracts_out
                    .iter()
                    .find(|(c, _, _)| c.eq_ignore_ascii_case(&n))
                    .map(|(c, t, _)| (c.clone(), t.clone()));
                // A contract with errors of its own was reported already.
                if found.is_none() && declared.iter().any(|d| d.eq_ignore_ascii_case(&n)) {
                    return None;
                }
                let err = Error::Usage(format!(
                    "contract {n:?} is not one of this provider's contracts in the file (P4)"
                ));
                r.check(
                    gd.contract.span(),
                    &format!("{f}.contract"),
                    found.ok_or(err),
                )
            });
        let location = r
            .text(&gd.location, &format!("{f}.location"))
            .and_then(|n| {
                let found = locations
                    .iter()
                    .find(|(l, _)| l.name.eq_ignore_ascii_case(&n))
                    .map(|(l, _)| l.name.clone());
                let err = Error::Usage(format!(
                    "location {n:?} is not one of this provider's locations in the file (P4)"
                ));
                r.check(
                    gd.location.span(),
                    &format!("{f}.location"),
                    found.ok_or(err),
                )
            });
        let program_type = r
            .text(&gd.program_type, &format!("{f}.type"))
            .and_then(|v| {
                r.check(
                    gd.program_type.span(),
                    &format!("{f}.type"),
                    v.parse::<Program>(),
                )
            });
        let fy_field = format!("{f}.fiscal_year");
        let fiscal_year = match gd.fiscal_year.get_ref() {
            Value::Integer(n) => r.check(
                gd.fiscal_year.span(),
                &fy_field,
                FiscalYear::parse("fiscal_year", &n.to_string()),
            ),
            _ => r.text(&gd.fiscal_year, &fy_field).and_then(|v| {
                r.check(
                    gd.fiscal_year.span(),
                    &fy_field,
                    FiscalYear::parse("fiscal_year", &v),
                )
            }),
        };
        let activities_field = format!("{f}.activities");
        let mut activities = r.list(&gd.activities, &activities_field);
        for a in activities.clone().unwrap_or_default() {
            let code = catalogue::code("activity", &a, &[Kind::SnapEt, Kind::Other]);
            if r.check(gd.activities.span(), &activities_field, code)
                .is_none()
            {
                activities = None;
            }
        }
        let full_time = r.flag(&gd.full_time, &format!("{f}.full_time"));
        let part_time = r.flag(&gd.part_time, &format!("{f}.part_time"));
        let description = r.text(&gd.description, &format!("{f}.description"));
        let target = r.opt_text(&gd.target_occupation, &format!("{f}.target_occupation"));
        let criteria = match &gd.criteria {
            Some(c) => r.list(c, &format!("{f}.criteria")),
            None => Some(Vec::new()),
        };
        let (
            Some((contract, terms)),
            Some(location),
            Some(program_type),
            Some(fiscal_year),
            Some(activities),
            Some(full_time),
            Some(part_time),
            Some(description),
            Some(target_occupation),
            Some(criteria),
        ) = (
            contract,
            location,
            program_type,
            fiscal_year,
            activities,
            full_time,
            part_time,
            description,
            target,
            criteria,
        )
        else {
            continue;
        };
        let new = NewProgram {
            contract,
            location,
            program_type,
            fiscal_year,
            activities,
            full_time,
            part_time,
            description,
            target_occupation,
            criteria,
        };
        let Some(new) = r.check(g.span(), &f, new.checked()) else {
            continue;
        };
        if fiscal_year.end() < terms.start_date || fiscal_year.start() > terms.end_date {
            r.fail(
                gd.fiscal_year.span(),
                &fy_field,
                Error::rule(
                    "P4",
                    format!(
                        "{fiscal_year} falls outside contract {} ({} … {})",
                        new.contract, terms.start_date, terms.end_date
                    ),
                ),
            );
            continue;
        }
        let key = crate::providers::programs::key(&new);
        if programs_out
            .iter()
            .any(|(p, _)| crate::providers::programs::key(p) == key)
        {
            r.fail(
                g.span(),
                &f,
                Error::Usage(format!(
                    "a second program with the same contract, location, type and fiscal year ({}): each must differ in one of them",
                    key
                )),
            );
            continue;
        }
        programs_out.push((new, r.pos(g.span())));
    }

    let disabled_services = match &d.services {
        None => None,
        Some(s) => {
            let mut codes = Vec::new();
            if let Some(list) = &s.get_ref().disable {
                for code in r
                    .list(list, &format!("{at}.services.disable"))
                    .unwrap_or_default()
                {
                    let kinds = [Kind::SnapEt, Kind::Other, Kind::SupportService];
                    if let Some(c) = r.check(
                        list.span(),
                        &format!("{at}.services.disable"),
                        catalogue::code("service", &code, &kinds),
                    ) && !codes.contains(&c)
                    {
                        codes.push(c);
                    }
                }
            }
            codes.sort();
            Some((codes, r.pos(s.span())))
        }
    };

    let mut sites = Vec::new();
    for (i, s) in d.appointment_site.iter().enumerate() {
        let f = format!("{at}.appointment_site[{i}]");
        let sd = s.get_ref();
        let name = r.text(&sd.name, &format!("{f}.name"));
        let location = r
            .opt_text(&sd.location, &format!("{f}.location"))
            .and_then(|l| match l {
                None => Some(None),
                Some(n) => {
                    let found = locations
                        .iter()
                        .find(|(x, _)| x.name.eq_ignore_ascii_case(&n))
                        .map(|(x, _)| Some(x.name.clone()));
                    let span = sd.location.as_ref().map(|l| l.span()).unwrap_or(s.span());
                    r.check(
                        span,
                        &format!("{f}.location"),
                        found.ok_or(Error::Usage(format!("location {n:?} is not in the file"))),
                    )
                }
            });
        let instructions = r.opt_text(&sd.instructions, &format!("{f}.instructions"));
        if let (Some(name), Some(location), Some(instructions)) = (name, location, instructions) {
            sites.push((
                NewSite {
                    name,
                    location,
                    instructions: instructions.unwrap_or_default(),
                },
                r.pos(s.span()),
            ));
        }
    }

    let mut users: Vec<(UserSpec, Pos)> = Vec::new();
    for (i, u) in d.user.iter().enumerate() {
        let f = format!("{at}.user[{i}]");
        let ud = u.get_ref();
        let username = r
            .text(&ud.username, &format!("{f}.username"))
            .and_then(|v| {
                r.check(
                    ud.username.span(),
                    &format!("{f}.username"),
                    values::parse_username("username", &v),
                )
            });
        let first = r.text(&ud.first, &format!("{f}.first"));
        let last = r.text(&ud.last, &format!("{f}.last"));
        let email = r.text(&ud.email, &format!("{f}.email")).and_then(|v| {
            r.check(
                ud.email.span(),
                &format!("{f}.email"),
                values::parse_email("email", &v),
            )
        });
        let dob = r.date(&ud.dob, &format!("{f}.dob")).and_then(|date| {
            let lived = if date > today {
                Err(Error::rule("U1", format!("{date} is in the future")))
            } else {
                Ok(date)
            };
            r.check(ud.dob.span(), &format!("{f}.dob"), lived)
        });
        let role = r.text(&ud.role, &format!("{f}.role")).and_then(|v| {
            let role = v.parse::<Role>().and_then(|role| {
                if role.listed_on_idhs() {
                    Err(Error::Usage(format!(
                        "role {role} is listed on IDHS, not on a provider (DOMAIN.md §1)"
                    )))
                } else {
                    Ok(role)
                }
            });
            r.check(ud.role.span(), &format!("{f}.role"), role)
        });
        let access_request = r.opt_text(&ud.access_request, &format!("{f}.access_request"));
        let manager_request = r.opt_text(&ud.manager_request, &format!("{f}.manager_request"));
        // U3: provider staff bring the signed IL444-2022; IDHS staff (provider managers)
        // their manager's written request.
        let paperwork = match (role, access_request, manager_request) {
            (Some(role), Some(access), Some(manager)) => {
                let result = match (role.idhs_staff(), access, manager) {
                    (false, Some(a), None) => Ok((Some(a), None)),
                    (true, None, Some(m)) => Ok((None, Some(m))),
                    (false, _, _) => Err(Error::rule(
                        "U3",
                        format!(
                            "a {role} needs access_request (the signed IL444-2022) and no manager_request"
                        ),
                    )),
                    (true, _, _) => Err(Error::rule(
                        "U3",
                        format!(
                            "a {role} is IDHS staff: give manager_request (the manager's written request), not access_request"
                        ),
                    )),
                };
                r.check(u.span(), &f, result)
            }
            _ => None,
        };
        let authorized_by = r.text(&ud.authorized_by, &format!("{f}.authorized_by"));
        let limits = match &ud.locations {
            Some(v) => r.list(v, &format!("{f}.locations")),
            None => Some(Vec::new()),
        };
        if let Some(spcq) = spcq
            && spcq > today
        {
            r.fail(
                u.span(),
                &f,
                Error::rule("U2", format!("the provider's SPCQ approval is dated {spcq}, in the future: no user can be listed on it yet")),
            );
        }
        if let (
            Some(username),
            Some(first_name),
            Some(last_name),
            Some(email),
            Some(date_of_birth),
            Some(role),
            Some((access_request, manager_request)),
            Some(authorized_by),
            Some(limits),
        ) = (
            username,
            first,
            last,
            email,
            dob,
            role,
            paperwork,
            authorized_by,
            limits,
        ) {
            if users
                .iter()
                .any(|(x, _)| x.person.username == username && x.role == role)
            {
                r.fail(
                    u.span(),
                    &f,
                    Error::Usage(format!("user {username} is listed twice as {role}")),
                );
                continue;
            }
            users.push((
                UserSpec {
                    person: Person {
                        username,
                        first_name,
                        last_name,
                        email,
                        date_of_birth,
                    },
                    role,
                    authorization: Authorization {
                        access_request,
                        manager_request,
                        authorized_by: Some(authorized_by),
                    },
                    locations: limits,
                },
                r.pos(u.span()),
            ));
        }
    }

    Some(ProviderSpec {
        name: name?,
        spcq_approved_on: spcq?,
        pos,
        locations,
        contracts: contracts_out,
        programs: programs_out,
        disabled_services,
        sites,
        users,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 2).expect("date")
    }

    const PROVIDER: &str = r#"[[provider]]
name = "Acme"
spcq_approved_on = 2024-01-15

  [[provider.location]]
  name = "Main"
  address = "1 Main St"
  county = "Cook"
  dhs_office = "Cook FCRC"

  [[provider.contract]]
  number = "FCSA1"
  program = "snap-jp"
  start = 2025-07-01
  end = 2026-06-30
  amount = "10.00"
"#;

    fn errors(text: &str) -> Vec<String> {
        match read("f.toml", text, today()) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_complete_provider_reads() {
        let spec = read("f.toml", PROVIDER, today()).expect("reads");
        assert_eq!(spec.providers.len(), 1);
        assert_eq!(spec.providers[0].contracts[0].0, "FCSA1");
    }

    #[test]
    fn p1_a_provider_needs_a_location_and_a_contract() {
        let bare = "[[provider]]\nname = \"Acme\"\nspcq_approved_on = 2024-01-15\n";
        assert_eq!(
            errors(bare),
            vec![
                "f.toml:1:1: provider[0]: rule P1: a provider has at least one location: add a [[provider.location]]",
                "f.toml:1:1: provider[0]: rule P1: a provider is added only with an executed contract: add a [[provider.contract]]",
            ]
        );
    }

    #[test]
    fn u2_an_spcq_approval_is_not_in_the_future() {
        let future = PROVIDER.replace("2024-01-15", "2026-03-03");
        assert_eq!(
            errors(&future),
            vec![
                "f.toml:3:20: provider[0].spcq_approved_on: rule U2: 2026-03-03 is in the future: an SPCQ is on file only once approved"
            ]
        );
    }

    #[test]
    fn a_refused_value_names_its_field_once() {
        let bad = PROVIDER.replace("2024-01-15", "\"15/01/2024\"");
        assert_eq!(
            errors(&bad),
            vec![
                "f.toml:3:20: provider[0].spcq_approved_on: \"15/01/2024\" is not a date: use YYYY-MM-DD or MM/DD/YYYY"
            ]
        );
    }

    #[test]
    fn u1_a_date_of_birth_is_in_the_past() {
        let user = format!(
            "{PROVIDER}\n  [[provider.user]]\n  username = \"kid\"\n  first = \"K\"\n  last = \"Id\"\n  \
             email = \"k@example.org\"\n  dob = 2027-01-01\n  role = \"provider-staff\"\n  \
             access_request = \"IL444-1\"\n  authorized_by = \"Boss\"\n"
        );
        assert_eq!(
            errors(&user),
            vec!["f.toml:23:9: provider[0].user[0].dob: rule U1: 2027-01-01 is in the future"]
        );
    }
}
