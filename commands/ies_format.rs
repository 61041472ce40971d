//! The IES extract format, written out as `isets-ies.5` by `isets generate man`.

pub const MAN_PAGE: &str = r#".TH ISETS-IES 5 "" "isets" "File Formats"
.SH NAME
isets-ies \- the IES extract that isets ies import reads
.SH SYNOPSIS
.B isets ies import
.I FILE
.RB [ \-\-as\-of
.IR DATE ]
.RB [ \-\-rejects
.IR FILE ]
.RB [ \-\-force ]
.RB [ \-\-dry\-run ]
.RB [ \-\-reason
.IR TEXT ]
.br
.B isets ies batches
.SH DESCRIPTION
The extract is what IES, the state's eligibility system, knows of each person: one
row per person, identified by the individual number, which joins IES to ISETS (rule
I1). It is UTF-8 CSV with a header row. A byte order mark, CRLF line ends, and quoted
fields holding commas, quotes (doubled) or line breaks are accepted. The columns may come
in any order; a column isets does not know is ignored, with a warning. A missing
required column stops the import before anything is written.
.SH COLUMNS
.TP
.B individual_number
Required: 9 digits. One row per individual number: every row of a number that appears
more than once in the file is rejected.
.TP
.B case_number
Required: the SNAP case number.
.TP
.BR last_name ", " first_name
Required, not empty.
.TP
.B dob
Required: the date of birth, no later than the extract's date.
.TP
.B ssn_last4
Required: the last four digits of the SSN, exactly 4 digits. A rejected value is never
repeated, in messages or in the rejects file.
.TP
.B email
An email address, or empty.
.TP
.BR phone ", " street ", " city ", " zip ", " county
Text, or empty.
.TP
.B snap_status
Required:
.B Y
(receives SNAP),
.B N
(does not) or
.B P
(pending application).
.TP
.BR redetermination_date ", " midpoint_date
Dates, or empty.
.TP
.B abawd
Optional column:
.B Y
or
.B N
(an able-bodied adult without dependents, for the federal FNS-583 report), or empty.
.PP
Dates are
.I YYYY\-MM\-DD
or
.I MM/DD/YYYY
(two-digit month and day, four-digit year) and must be real dates. The IDHS office is
not imported: it is chosen in ISETS (rule I2).
.SH IMPORT
Each row is checked on its own. A bad row is reported with its line, the column, the
value and the reason, written to the
.B \-\-rejects
file (CSV: line, field, value, reason) when asked, and counted; the good rows are
imported together, in one transaction with the audit record: all of them or none.
.PP
A person is matched by individual number. A new one is added. A known one whose fields
differ is updated: the IES fields overwrite what ISETS holds, a case number or SNAP
status changed in ISETS included, and each changed field is recorded in the person's
history with the batch (rules I2, I3). Changes of the SNAP status also go to the status
history. A person whose fields are unchanged is skipped (a hash of the fields is
compared). A person missing from the extract is kept (rule I4). A person IDHS staff
entered by hand is taken over by the extract.
.PP
Each import is a batch: the file name, its SHA-256, the operator, the time, the
.B \-\-as\-of
date (the import's date by default), and the counts of new, changed, unchanged and
rejected rows
.RB ( "isets ies batches" ).
A file whose SHA-256 matches an earlier batch is refused (exit 5) unless
.BR \-\-force .
.B \-\-dry\-run
checks and counts everything, then writes nothing.
.PP
The file is read as a stream, never held whole: besides the rows read, an import keeps
a few bytes for each person (their individual number and part of their row hash), some
40 MB for two million people. A progress bar shows on a terminal, none when standard
error is piped or with
.BR \-q .
.SH FILE ERRORS
An empty file, a file that is not text (NUL bytes), a header without a required column
or with a column twice, and bytes that are not UTF-8 stop the import (exit 2); nothing is
written. A line with fewer or more fields than the header (a truncated last line) is a
rejected row.
.SH EXIT STATUS
0 when every row was imported; 4 when some rows were rejected (the others are
imported); 2 for a file that cannot be read as an extract; 5 for a file imported
before; 7 for an operator who may not import (super users and WFD may).
.SH EXAMPLE
.nf
individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date
123456789,C\-100,Doe,Jo,1990\-03\-04,1234,jo@example.org,312\-555\-0100,1 Main St,Chicago,60601,Cook,Y,2026\-09\-30,2026\-06\-30
223456789,C\-200,"Roe, Jr.",Al,03/05/1985,9876,,,,,,,P,,
.fi
.SH SEE ALSO
.BR isets (1),
.BR isets\-ies\-import (1),
.BR isets\-ies\-batches (1)
"#;
