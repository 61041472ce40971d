//! `isets report 4333`: the 4333 roster of a provider's program in a month (B5).

pub const ABOUT: &str = "\
The 4333 roster: the customers of a provider's program in a month (B5).

A customer is listed when, judged as of that month and not by today's state: they have
an accepted referral to the provider (or a reverse referral of the provider that IDHS
accepted) answered before the month ended; an enrollment in the program open during the
month (enrolled on or before its last day, not exited before its first); the E&T status
Active or Retention at some moment of the month (from the status history, Illinois
dates); and a SNAP E&T activity with the provider as its service provider, started on
or before the month's last day and not completed before its first (E6).

Columns: individual number, last and first name, the status in the month (the last of
Active and Retention held), the qualifying activities' codes, the enrollment date, and
the referral. No SSN digit is shown.";

pub const EXAMPLES: &str = "\
Examples:
  isets report 4333 --provider \"Acme Works\" --program 1 --month 2024-07
  isets report 4333 --provider \"Acme Works\" --program 1 --month 2024-07 --format csv
  isets report 4333 --provider \"Acme Works\" --program 1 --month 2024-07 --output july-4333.xlsx";
