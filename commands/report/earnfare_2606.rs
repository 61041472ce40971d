//! `isets report earnfare-2606`: the Earnfare Referral and Attendance Summary of an
//! Earnfare program (B6, R1, R2).

pub const ABOUT: &str = "\
The Earnfare Referral and Attendance Summary (2606): for an Earnfare program only, each
customer it served in a month, the hours required and worked, and the progress to the
Earnfare maximum (B6, R1, R2).

Every customer enrolled in the program during the month. Hours required: the monthly
benefit hours (R1: the benefit amount in force on the month's last day divided by the
benefit wage, rounded as `earnfare.hours-rounding` says). Hours worked: the verified
Community Workfare and Transitional Job hours of the provider's activities, a week
counting in the month its Monday is in. Progress: the months with verified Transitional
Job hours up to this month, with any provider, against `earnfare.participation-limit`
(R2); a customer past it is flagged, red on a colour terminal and in a spreadsheet.

Another kind of program is refused naming rule B6 (exit 4).";

pub const EXAMPLES: &str = "\
Examples:
  isets report earnfare-2606 --provider \"Beta Jobs\" --program 2 --month 2026-02
  isets report earnfare-2606 --provider \"Beta Jobs\" --program 2 --month 2026-02 --output feb-2606.csv";
