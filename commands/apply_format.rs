//! The apply file format, written out as `isets-apply.5` by `isets generate man`.

pub const MAN_PAGE: &str = r#".TH ISETS-APPLY 5 "" "isets" "File Formats"
.SH NAME
isets-apply \- the file isets apply and isets plan read: providers described completely
.SH SYNOPSIS
.B isets plan
.I FILE
.br
.B isets apply
.I FILE
.RB [ \-\-dry\-run ]
.RB [ \-\-prune " [" \-\-requested\-by
.IR USER ]]
.RB [ \-\-yes ]
.RB [ \-\-reason
.IR TEXT ]
.SH DESCRIPTION
An apply file is TOML. It describes one or more provider agencies completely: the
provider and its SPCQ approval date, locations, contracts with goals, E&T programs,
the activities and services disabled for career plans, appointment sites, and users
with their listings and access-request references. It is meant to be reviewed and kept
in version control.
.PP
The whole file is checked before anything is read from the database. Every error names
the file, line and column, the field (for example
.IR provider[0].contract[1].amount ),
and the DOMAIN.md rule when one applies. Nothing is written if anything is wrong.
.PP
.B isets plan FILE
(also
.BR "isets apply FILE \-\-dry\-run" )
prints the plan: each item as
.BR create ,
.B update
(with the fields that change),
.B unchanged
or
.BR remove .
With
.B \-\-format json
the plan is one object with
.I changes_pending
and
.IR items .
The exit code is 1 when changes are pending and 0 when the database already matches.
.PP
.B isets apply FILE
carries the plan out in one transaction with its audit records. Applying the same file
again changes nothing and says so. Nothing the file omits is removed unless
.B \-\-prune
is given.
.SH PROVIDER
.TP
.B [[provider]]
One table per provider.
.TP
.BR name " (string, required)"
The provider's unique name; matched ignoring case.
.TP
.BR spcq_approved_on " (date, required)"
Approval date of the Security and Privacy Controls Questionnaire (U2). Dates are TOML
dates (2024\-05\-01) or strings in YYYY\-MM\-DD or MM/DD/YYYY.
.PP
A provider needs at least one location and one contract (P1).
.SH LOCATIONS
.TP
.B [[provider.location]]
.IR name ", " address ", " county ", " dhs_office
(strings, all required). Matched on the name; the other fields update.
.SH CONTRACTS
.TP
.B [[provider.contract]]
.IR number " (e.g. FCSABC123, unique everywhere), " program
.RI ( snap\-jp ", " snap\-to\-success " or " earnfare "), " start ", " end
(dates, start on or before end), and
.I amount
(a string such as "250000.00" or a whole number; at most two decimals, V5; a TOML
float is refused because it is not exact).
.TP
.B goals
An inline table of category = target: enrolled, active, employed, retained\-90\-days,
credentials, completed\-activity, exits (P2).
.PP
A changed contract is amended: the earlier version is kept (P2). Goals the file omits
are kept unless
.BR \-\-prune .
Contracts are never removed.
.SH PROGRAMS
.TP
.B [[provider.program]]
.IR contract " and " location
(names from this provider's file entries),
.I type
(as for contracts),
.I fiscal_year
("FY26" or 2026; FY26 runs 2025\-07\-01 to 2026\-06\-30, P3; it must overlap the
contract), and
.I activities
(a list of SNAP E&T or other activity codes: SJS, JST, VT, WRT ...).
.TP
.BR full_time ", " part_time
Booleans; at least one true (P4).
.TP
.BR description " (required), " target_occupation " (a SOC code such as 43\-4051), " criteria " (a list of strings)"
.PP
A program is matched on its contract, location, type and fiscal year; two programs in
one file may not share all four. With
.BR \-\-prune ,
programs the file omits are removed, except programs of past fiscal years, which are
never removed (P6).
.SH SERVICES
.TP
.B [provider.services]
.I disable
lists the activity and support\-service codes not to offer on career plans; every other
one stays enabled (P5). With
.BR \-\-prune ,
codes not listed are enabled again.
.SH APPOINTMENT SITES
.TP
.B [[provider.appointment_site]]
.I name
(required),
.I location
(one of the file's locations) and
.IR instructions .
With
.BR \-\-prune ,
sites the file omits are taken off the list.
.SH USERS
.TP
.B [[provider.user]]
.IR username ", " first ", " last ", " email ", " dob
(U1),
.I role
.RI ( program\-manager ", " provider\-staff " or " provider\-manager ),
.I access_request
(the signed IL444\-2022 reference; a provider manager, who is IDHS staff, gives
.I manager_request
instead, the manager's written request) and
.I authorized_by
(U3). Optional:
.I locations
(a list of the provider's location names) limits the listing to those locations, so it
reaches only their customers (DOMAIN.md \(sc1); without it the listing covers every
location. Changing the list changes the limit of an existing listing.
.PP
Users go through the same rules as
.BR "isets user add" :
an existing account for the same person, found by email or by name and date of birth,
active or removed, is reused and never duplicated (U4). A person whose account is
listed with another organization needs confirmation
.RB ( \-\-yes ).
With
.BR \-\-prune ,
listings on the provider that the file omits are removed; the removal needs
.B \-\-requested\-by
naming an authorized representative (U5).
.SH EXAMPLE
A complete, commented example is kept with the sources as
.IR tests/fixtures/onboarding.toml .
.PP
.nf
[[provider]]
name = "Prairie Workforce Partners"
spcq_approved_on = 2024\-05\-01

  [[provider.location]]
  name = "Springfield"
  address = "100 N 5th St, Springfield, IL 62701"
  county = "Sangamon"
  dhs_office = "Sangamon County FCRC"

  [[provider.contract]]
  number = "FCSPWP001"
  program = "snap\-jp"
  start = 2024\-07\-01
  end = 2026\-06\-30
  amount = "250000.00"
  goals = { enrolled = 120, employed = 45 }
.fi
.SH EXIT STATUS
0 applied, or nothing pending; 1 a plan with changes pending; 2 a bad file; 4 a rule
violated; 5 a conflict with the database; 7 permission denied; 10 not confirmed.
.SH SEE ALSO
.BR isets (1),
.BR isets\-apply (1),
.BR isets\-plan (1)
"#;
