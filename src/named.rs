//! Enumerations with a code (what commands take and the database stores) and the name
//! the manuals use, parsed from either.

/// Defines such an enumeration: `ALL`, `code()`, `shown()`, `Display` (the name) and
/// `FromStr` (a code, or the name in any case; the error lists the codes).
macro_rules! named {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = ($code:literal, $shown:literal)),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ::serde::Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($variant),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The code commands take and the database stores.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),*
                }
            }

            /// The name the manuals use.
            pub fn shown(self) -> &'static str {
                match self {
                    $($name::$variant => $shown),*
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.shown())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = String;
            /// A code, or the manuals' name in any case.
            fn from_str(s: &str) -> std::result::Result<$name, String> {
                let s = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code() == s || v.shown().eq_ignore_ascii_case(s))
                    .ok_or_else(|| {
                        format!(
                            "is not one of {}",
                            $name::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
                        )
                    })
            }
        }
    };
}

pub(crate) use named;
