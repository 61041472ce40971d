//! `isets report employment`: the Employment Report of a provider's program (B6, M2, M3).

pub const ABOUT: &str = "\
The Employment Report: the jobs of a provider's program's customers held during a month
(B6, M2, M3).

Every job entered in an enrollment of the program that started on or before the month's
last day and did not end before its first. Columns: the customer, the employment's id,
employer, job title, start and end dates, hours a week, hourly wage, full time, whether
the customer was in Job Retention during the month (a JR activity of the provider open
in it), a flag when the job is 20 hours a week or more and not in Job Retention (M2),
the number of verification documents (one per retention check entered, M3), and the
manager's verification: Yes once at least one check is entered and every one entered
is approved. A flagged job is red on a colour terminal and in a spreadsheet.

Every job of the month is listed, with or without a verification document (0), as the
manual's staffing steps act on both (a conflict DOMAIN.md notes under M3).";

pub const EXAMPLES: &str = "\
Examples:
  isets report employment --provider \"Acme Works\" --program 1 --month 2024-07
  isets report employment --provider \"Acme Works\" --program 1 --month 2024-07 --output july-employment.xlsx";
