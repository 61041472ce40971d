//! `isets config show`.

use clap::Subcommand;
use isets::Result;
use isets::output::Tabular;
use serde::Serialize;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show the effective settings and where each came from (passwords redacted)
    Show,
}

#[derive(Serialize)]
struct Setting {
    setting: &'static str,
    value: String,
    source: String,
}

impl Tabular for Setting {
    fn headers() -> Vec<&'static str> {
        vec!["setting", "value", "source"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.setting.into(), self.value.clone(), self.source.clone()]
    }
    fn key(&self) -> String {
        self.setting.into()
    }
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<()> {
    match cmd {
        ConfigCommand::Show => {
            let s = &ctx.settings;
            let operator = match &s.operator {
                Some(op) => (op.value.clone(), op.source.to_string()),
                None => (
                    String::new(),
                    "not set: the PostgreSQL login, or the OS login on SQLite".into(),
                ),
            };
            let rows = vec![
                Setting {
                    setting: "config_file",
                    value: s
                        .config_file
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    source: if s.config_file.is_some() {
                        "read"
                    } else {
                        "none found"
                    }
                    .into(),
                },
                Setting {
                    setting: "database.url",
                    value: isets::redact::url(&s.database_url.value),
                    source: s.database_url.source.to_string(),
                },
                Setting {
                    setting: "operator",
                    value: operator.0,
                    source: operator.1,
                },
                Setting {
                    setting: "format",
                    value: s.format.value.to_string(),
                    source: s.format.source.to_string(),
                },
                Setting {
                    setting: "color",
                    value: s.color.value.to_string(),
                    source: s.color.source.to_string(),
                },
                Setting {
                    setting: "assessments.due_soon_days",
                    value: s.due_soon_days.value.to_string(),
                    source: s.due_soon_days.source.to_string(),
                },
            ];
            ctx.printer.list(&rows, "settings")
        }
    }
}
