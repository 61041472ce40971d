//! `isets report support-services`: the Supportive Services Summary of a provider's
//! program (B6, V2, V4).

pub const ABOUT: &str = "\
The Supportive Services Summary: the support-service payments of a provider's program in
a month, by customer and category, with totals (B6, V2, V4).

Three sections: `payments`, each cost of the program's services paid in the month,
counted or pending an override (a void cost, its override rejected, is not a payment);
`totals`, by customer and category; `categories`, by category and in all. A cost whose
override was requested in the month is marked: the `override` column gives the
override's state (pending or accepted), and the row is red on a colour terminal and in a
spreadsheet, as the manual shows it. A pending cost counts in the totals (V4), and the
`override_pending` columns show that part apart.

As CSV the three sections follow each other, each with its header row, separated by an
empty line; as .xlsx each is a sheet.";

pub const EXAMPLES: &str = "\
Examples:
  isets report support-services --provider \"Acme Works\" --program 1 --month 2024-07
  isets report support-services --provider \"Acme Works\" --program 1 --month 2024-07 --format json";
