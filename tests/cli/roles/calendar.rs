//! The business-day calendar (F7): super users change it; every operator reads it,
//! whatever their provider; unknown and removed operators do nothing.

use isets::permissions::Action;

use super::*;
use crate::both;

both! {
    fn f7_super_users_change_the_calendar_and_every_operator_reads_it(db) {
        setup(db);
        let mut cases = Cases::new(db);
        // A weekday of its own for each operator, none of them a holiday.
        let days = ["01", "02", "03", "04", "05", "08", "09", "10", "11", "12"];
        for (user, day) in operators().into_iter().zip(days) {
            let day = format!("2027-03-{day}");
            let want = want(Action::ManageCalendar, user, None);
            cases.run(user, &["calendar", "add", &day, "--name", "Closure"], want);
            cases.run(user, &["calendar", "remove", &day], want);
            // Reopening a computed holiday is the same grant (Columbus Day 2027).
            cases.run(user, &["calendar", "remove", "2027-10-11"], want);
            cases.run(user, &["calendar", "add", "2027-10-11", "--name", "Columbus Day"], want);
            if let Some(v) = cases.json(user, &["calendar", "list", "--year", "2024"]) {
                let names = column(&v, "name");
                let case = format!("[{:?}] calendar list as {}", db.kind, who(user));
                cases.check(
                    names.len() == 14 && names.iter().any(|n| n == "General Election Day"),
                    &case,
                    || format!("listed {names:?}"),
                );
            }
        }
        cases.run("nobody", &["calendar", "list"], Want::Unknown);
        cases.run("nobody", &["calendar", "add", "2027-03-02", "--name", "X"], Want::Unknown);
        cases.run(ADMIN, &["user", "remove", "staff1", "--all", "--requested-by", ADMIN, "--yes"], Want::Allowed);
        cases.run("staff1", &["calendar", "list"], Want::Removed);
        cases.done();
        let left = db.count("SELECT COUNT(*) FROM calendar_days");
        assert_eq!(left, 1, "only the seeded Election Day is left");
    }
}
