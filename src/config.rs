//! Effective settings and where each came from: flag > environment > config file >
//! default. The command layer supplies flag and environment values; this module reads
//! the TOML file and fills in defaults.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::output::{ColorChoice, Format};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "name")]
pub enum Source {
    Flag,
    Env(String),
    File(PathBuf),
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("command line"),
            Source::Env(name) => write!(f, "environment ({name})"),
            Source::File(path) => write!(f, "config file ({})", path.display()),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// A value given on the command line or in the environment, with which of the two.
pub type Given = Option<(String, Source)>;

#[derive(Debug, Default, Clone)]
pub struct Inputs {
    pub config_file: Option<PathBuf>,
    pub database_url: Given,
    pub operator: Given,
    pub format: Given,
    pub color: Given,
    /// A2: the days before an assessment is overdue when it is shown as due soon.
    pub due_soon_days: Given,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDatabase {
    url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileAssessments {
    due_soon_days: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    database: FileDatabase,
    #[serde(default)]
    assessments: FileAssessments,
    operator: Option<String>,
    format: Option<String>,
    color: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub config_file: Option<PathBuf>,
    pub database_url: Sourced<String>,
    pub operator: Option<Sourced<String>>,
    pub format: Sourced<Format>,
    pub color: Sourced<ColorChoice>,
    pub due_soon_days: Sourced<u32>,
}

/// A2 **assumption**: "due soon" (the manual's yellow icon) is the last 30 days before
/// an assessment is overdue, unless configured otherwise.
pub const DUE_SOON_DAYS: u32 = 30;

/// The longest "due soon" window: a year is the whole time an assessment is current.
const DUE_SOON_MAX: u32 = 365;

/// Parses a "due soon" window in days (A2).
pub fn parse_due_soon_days(value: &str) -> Result<u32> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| *d <= DUE_SOON_MAX)
        .ok_or_else(|| {
            Error::invalid(
                "due_soon_days",
                value,
                format!("is not a number of days from 0 to {DUE_SOON_MAX} (rule A2: the window before an assessment is overdue)"),
            )
        })
}

/// `$XDG_CONFIG_HOME/isets/config.toml` (or the platform's config folder).
pub fn default_config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("isets").join("config.toml"))
}

/// `sqlite://$XDG_DATA_HOME/isets/isets.db` (or the platform's data folder).
pub fn default_database_url() -> String {
    let dir = dirs::data_dir().unwrap_or_else(|| PathBuf::from("."));
    format!("sqlite://{}", dir.join("isets").join("isets.db").display())
}

fn read_file(path: &Path, required: bool) -> Result<Option<File>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return Ok(None),
        Err(e) => {
            return Err(Error::Usage(format!(
                "config file {}: cannot read: {e}",
                path.display()
            )));
        }
    };
    toml::from_str(&text)
        .map(Some)
        .map_err(|e| Error::Usage(format!("config file {}: {e}", path.display())))
}

fn pick<T>(
    given: &Given,
    from_file: Option<String>,
    file: &Option<PathBuf>,
    parse: impl Fn(&str) -> Result<T>,
) -> Result<Option<Sourced<T>>> {
    if let Some((value, source)) = given {
        return Ok(Some(Sourced {
            value: parse(value)?,
            source: source.clone(),
        }));
    }
    match (from_file, file) {
        (Some(value), Some(path)) => Ok(Some(Sourced {
            value: parse(&value)
                .map_err(|e| Error::Usage(format!("config file {}: {e}", path.display())))?,
            source: Source::File(path.clone()),
        })),
        _ => Ok(None),
    }
}

fn default<T>(value: T) -> Sourced<T> {
    Sourced {
        value,
        source: Source::Default,
    }
}

pub fn resolve(inputs: &Inputs) -> Result<Settings> {
    let (path, required) = match &inputs.config_file {
        Some(path) => (Some(path.clone()), true),
        None => (default_config_path(), false),
    };
    let file = match &path {
        Some(p) => read_file(p, required)?,
        None => None,
    };
    let used_path = file.as_ref().and(path.clone());
    let file = file.unwrap_or_default();
    Ok(Settings {
        database_url: pick(&inputs.database_url, file.database.url, &used_path, |v| {
            Ok(v.to_string())
        })?
        .unwrap_or_else(|| default(default_database_url())),
        operator: pick(&inputs.operator, file.operator, &used_path, |v| {
            Ok(v.to_string())
        })?,
        format: pick(&inputs.format, file.format, &used_path, |v| v.parse())?
            .unwrap_or_else(|| default(Format::default())),
        color: pick(&inputs.color, file.color, &used_path, |v| v.parse())?
            .unwrap_or_else(|| default(ColorChoice::default())),
        due_soon_days: pick(
            &inputs.due_soon_days,
            file.assessments.due_soon_days.map(|d| d.to_string()),
            &used_path,
            parse_due_soon_days,
        )?
        .unwrap_or_else(|| default(DUE_SOON_DAYS)),
        config_file: used_path,
    })
}
