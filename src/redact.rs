//! Keeps secrets out of output and the audit log: passwords in database urls and the
//! values of secret-bearing flags.

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn url(value: &str) -> String {
    let Some(scheme_end) = value.find("://") else {
        return value.to_string();
    };
    let rest = &value[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let Some(at) = authority.rfind('@') else {
        return value.to_string();
    };
    let userinfo = &authority[..at];
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{}{user}:***{}", &value[..scheme_end + 3], &rest[at..]),
        None => value.to_string(),
    }
}

const SECRET_FLAGS: [&str; 2] = ["--password", "--database-url"];

/// The command line as recorded in the audit log, with secrets redacted.
pub fn command_line<I: IntoIterator<Item = String>>(args: I) -> String {
    let mut out = Vec::new();
    let mut previous_secret = false;
    for (i, arg) in args.into_iter().enumerate() {
        // The program as a person types it, not the path it was started from.
        let arg = if i == 0 {
            std::path::Path::new(&arg)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or(arg)
        } else {
            arg
        };
        let shown = if previous_secret {
            if arg.contains("://") {
                url(&arg)
            } else {
                "***".to_string()
            }
        } else if let Some((flag, value)) = arg.split_once('=') {
            if SECRET_FLAGS.contains(&flag) {
                let value = if value.contains("://") {
                    url(value)
                } else {
                    "***".into()
                };
                format!("{flag}={value}")
            } else {
                url(&arg)
            }
        } else {
            url(&arg)
        };
        previous_secret = SECRET_FLAGS.contains(&arg.as_str());
        out.push(shell_quote(&shown));
    }
    out.join(" ")
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%*".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden() {
        assert_eq!(
            url("postgres://a:pw@h:5432/db"),
            "postgres://a:***@h:5432/db"
        );
        assert_eq!(url("postgres://a@h/db"), "postgres://a@h/db");
        assert_eq!(url("sqlite:///tmp/x.db"), "sqlite:///tmp/x.db");
        let line = command_line(
            [
                "isets",
                "--database-url",
                "postgres://a:pw@h/db",
                "--password=x",
                "user",
                "add",
                "Mary Ann",
            ]
            .map(String::from),
        );
        assert_eq!(
            line,
            "isets --database-url postgres://a:***@h/db --password=*** user add 'Mary Ann'"
        );
    }
}
