import Testing
@testable import HarbourCore

/// Golden cases worked by hand from the GOV.UK bank holiday list and a calendar.
@Suite("English working days")
struct WorkingDayTests {
    let calendar = WorkingDayCalendar.england

    func d(_ iso: String) -> Day { Day(iso: iso)! }

    func add(_ start: String, _ n: Int) -> String { calendar.adding(workingDays: n, to: d(start)).iso }

    @Test func easter() {
        // Good Friday 18 and Easter Monday 21 April 2014.
        #expect(add("2014-04-17", 1) == "2014-04-22")
        // An ICPC 15 working days after a strategy discussion on Monday 7 April 2014.
        #expect(add("2014-04-07", 15) == "2014-04-30")
        #expect(EnglandAndWalesBankHolidays.easterSunday(2014) == d("2014-04-20"))
    }

    @Test func christmasAndNewYearSubstituteDays() {
        // 25 and 26 December 2021 fell at the weekend: Monday 27 and Tuesday 28 were holidays;
        // 1 January 2022 was a Saturday, so Monday 3 January.
        #expect(add("2021-12-24", 1) == "2021-12-29")
        #expect(add("2021-12-24", 3) == "2021-12-31")
        #expect(add("2021-12-24", 4) == "2022-01-04")
        // A first looked-after review 20 working days after entering care on 2 December 2013.
        #expect(add("2013-12-02", 20) == "2014-01-02")
        #expect(calendar.workingDays(from: d("2013-12-20"), to: d("2014-01-06")) == 8)
    }

    @Test func movedAndOneOffHolidays() {
        // 2020: the early May holiday moved to Friday 8 May (VE Day); Monday 4 May was a working day.
        #expect(add("2020-05-07", 1) == "2020-05-11")
        #expect(add("2020-05-01", 1) == "2020-05-04")
        // 2012: spring holiday moved to 4 June, Diamond Jubilee 5 June; 28 May was a working day.
        #expect(add("2012-06-01", 1) == "2012-06-06")
        #expect(calendar.isWorkingDay(d("2012-05-28")))
        // 2022: spring holiday 2 June, Platinum Jubilee 3 June; 30 May a working day.
        #expect(add("2022-06-01", 1) == "2022-06-06")
        #expect(calendar.isWorkingDay(d("2022-05-30")))
        // The State Funeral of Queen Elizabeth II, Monday 19 September 2022.
        #expect(add("2022-09-16", 1) == "2022-09-20")
        // The coronation of King Charles III, Monday 8 May 2023.
        #expect(add("2023-05-05", 1) == "2023-05-09")
    }

    @Test func leapDays() {
        #expect(add("2024-02-28", 1) == "2024-02-29")
        #expect(d("2023-08-31").adding(months: 6) == d("2024-02-29"))
        #expect(d("2022-08-31").adding(months: 6) == d("2023-02-28"))
        #expect(d("2024-02-29").adding(months: 12) == d("2025-02-28"))
        // Someone born on 29 February is 18 on 1 March in a common year, as `age(on:)` counts.
        #expect(d("2008-02-29").birthday(18) == d("2026-03-01"))
        #expect(d("2008-02-29").age(on: d("2026-02-28")) == 17)
        #expect(d("2008-02-29").birthday(16) == d("2024-02-29"))
    }

    @Test func startOnAWeekend() {
        // A referral on Saturday 5 April 2014 counts from Monday 7 April (the rule book's default)...
        #expect(add("2014-04-05", 1) == "2014-04-08")
        #expect(add("2014-04-05", 45) == "2014-06-13")
        #expect(calendar.workingDays(from: d("2014-04-05"), to: d("2014-06-13")) == 45)
        // ...or from the Saturday itself, when the council chooses that convention.
        let fromStart = WorkingDayCalendar(convention: .startDay)
        #expect(fromStart.adding(workingDays: 1, to: d("2014-04-05")) == d("2014-04-07"))
        // 2012 had 252 working days; from Sunday 1 January the default counts from Tuesday 3
        // January (Monday 2 January was the New Year substitute day).
        #expect(fromStart.workingDays(from: d("2012-01-01"), to: d("2012-12-31")) == 252)
        #expect(calendar.workingDays(from: d("2012-01-01"), to: d("2012-12-31")) == 251)
        #expect(calendar.workingDays(from: d("2014-06-13"), to: d("2014-04-07")) == -45)
    }

    @Test func yearsAfterThePublishedList() {
        // Easter Sunday 13 April 2031: Good Friday 11 April, Easter Monday 14 April.
        let h2031 = calendar.holidays(in: 2031).map(\.day.iso)
        #expect(h2031 == ["2031-01-01", "2031-04-11", "2031-04-14", "2031-05-05", "2031-05-26", "2031-08-25",
                          "2031-12-25", "2031-12-26"])
        // Christmas 2032 is a Saturday: Monday 27 and Tuesday 28 December. New Year 2033 a Saturday: Monday 3 January.
        #expect(calendar.holidays(in: 2032).suffix(2).map(\.day.iso) == ["2032-12-27", "2032-12-28"])
        #expect(calendar.holidays(in: 2033).first?.day == d("2033-01-03"))
        // Christmas 2033 is a Sunday: Boxing Day Monday 26, Christmas substitute Tuesday 27.
        #expect(calendar.holidays(in: 2033).suffix(2).map(\.day.iso) == ["2033-12-26", "2033-12-27"])
        #expect(calendar.holidays(in: 2035)[1].day == d("2035-03-23")) // Good Friday, Easter 25 March 2035
        #expect(add("2035-03-22", 1) == "2035-03-27")
    }

    @Test func theStandingRulesReproduceThePublishedYearsWithoutOneOffs() {
        for year in EnglandAndWalesBankHolidays.publishedYears where ![2011, 2012, 2020, 2022, 2023].contains(year) {
            #expect(EnglandAndWalesBankHolidays.byRule(year: year).map(\.day) == calendar.holidays(in: year).map(\.day),
                    "year \(year)")
        }
    }

    @Test func councilClosureDaysAndSchoolDays() {
        let closure = WorkingDayCalendar(extraHolidays: [BankHoliday(day: d("2014-12-29"), name: "Council closure day")],
                                         schoolHolidays: [d("2014-10-27")...d("2014-10-31")])
        #expect(closure.adding(workingDays: 1, to: d("2014-12-24")) == d("2014-12-30"))
        #expect(calendar.adding(workingDays: 1, to: d("2014-12-24")) == d("2014-12-29"))
        // Half term 27-31 October 2014: 2 school days after Friday 24 October is Tuesday 4 November.
        #expect(closure.adding(schoolDays: 2, to: d("2014-10-24")) == d("2014-11-04"))
    }

    @Test func timeAllowedInEachUnit() {
        let start = d("2015-01-12") // a Monday
        #expect(TimeAllowed.hours(72).due(from: start, calendar: calendar) == d("2015-01-15"))
        #expect(TimeAllowed.weeks(6).due(from: start, calendar: calendar) == d("2015-02-23"))
        #expect(TimeAllowed.months(3).due(from: d("2014-01-15"), calendar: calendar) == d("2014-04-15"))
        #expect(TimeAllowed.days(426).due(from: start, calendar: calendar) == d("2016-03-13"))
        #expect(TimeAllowed.age(21).due(from: d("1998-06-10"), calendar: calendar) == d("2019-06-10"))
    }

    @Test("Adding N working days lands on a working day exactly N working days on, under both conventions")
    func addingAgreesWithCounting() {
        for calendar in [WorkingDayCalendar.england, WorkingDayCalendar(convention: .startDay)] {
            var day = d("2019-12-01")
            while day < d("2024-01-31") {
                for n in [1, 2, 5, 10, 15, 20, 45, 65] {
                    let due = calendar.adding(workingDays: n, to: day)
                    #expect(calendar.isWorkingDay(due))
                    #expect(calendar.workingDays(from: day, to: due) == n, "\(day) + \(n)")
                    #expect(calendar.workingDays(from: day, to: due.adding(days: -1)) == n - 1, "\(day) + \(n): the day before is short")
                }
                day = day.adding(days: 1)
            }
        }
        // Near the end of the prefix sums, and past them, day by day.
        #expect(WorkingDayCalendar.england.adding(workingDays: 3, to: d("2100-12-30")) == d("2101-01-05"))
    }
}
