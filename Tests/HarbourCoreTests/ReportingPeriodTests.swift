import Testing
@testable import HarbourCore

@Suite("Reporting periods")
struct ReportingPeriodTests {
    func d(_ iso: String) -> Day { Day(iso: iso)! }
    func period(_ text: String) throws -> ReportingPeriod { try ReportingPeriod(parsing: text) }

    @Test func monthsQuartersYearsAndRollingYears() throws {
        let march = try period("2014-03")
        #expect(march == .month(year: 2014, month: 3))
        #expect((march.firstDay, march.lastDay) == (d("2014-03-01"), d("2014-03-31")))
        #expect(march.title == "March 2014")

        let february = try period("2024-02")
        #expect(february.lastDay == d("2024-02-29"), "2024 is a leap year")

        let year = try period("2013/14")
        #expect(year == .financialYear(startYear: 2013))
        #expect((year.firstDay, year.lastDay) == (d("2013-04-01"), d("2014-03-31")))
        #expect(year.title == "2013/14 (April 2013 to March 2014)")

        let q4 = try period("2013/14-Q4")
        #expect((q4.firstDay, q4.lastDay) == (d("2014-01-01"), d("2014-03-31")))
        #expect(q4.title == "2013/14 Q4 (January to March 2014)")
        let q1 = try period("2013/14-q1")
        #expect((q1.firstDay, q1.lastDay) == (d("2013-04-01"), d("2013-06-30")))

        let rolling = try period("12m-2014-03")
        #expect((rolling.firstDay, rolling.lastDay) == (d("2013-04-01"), d("2014-03-31")))
        #expect(rolling.title == "12 months to March 2014")

        let century = try period("1999/00")
        #expect(century.lastDay == d("2000-03-31"))
        for p in [march, year, q4, q1, rolling, century] { #expect(try period(p.description) == p, "\(p) reads back") }
    }

    @Test func trendsStepBackByTheirOwnUnit() throws {
        #expect(try period("2014-02").trend(3).map(\.description) == ["2013-12", "2014-01", "2014-02"])
        #expect(try period("2014/15-Q1").trend(3).map(\.description) == ["2013/14-Q3", "2013/14-Q4", "2014/15-Q1"])
        #expect(try period("2013/14").trend(2).map(\.description) == ["2012/13", "2013/14"])
        #expect(try period("12m-2014-01").earlier(by: 1).description == "12m-2013-12")
        #expect(try period("2014-03").trend(12).count == 12)
        #expect(d("2014-03-31").financialYearStart == 2013 && d("2014-04-01").financialYearStart == 2014)
    }

    @Test func impossiblePeriodsAreRefusedWithTheReason() {
        let cases: [(String, String)] = [
            ("2014-13", "months run from 01 to 12"),
            ("2014-00", "months run from 01 to 12"),
            ("2013/15", "a financial year runs into the next year, as 2013/14"),
            ("2013/14-Q5", "quarters are Q1 (April to June) to Q4 (January to March)"),
            ("1066-10", "the year must be from 1900 to 2200"),
            ("March 2014", ReportingPeriod.forms),
            ("2014-3", ReportingPeriod.forms),
            ("", ReportingPeriod.forms),
            ("12m-2014", ReportingPeriod.forms),
        ]
        for (text, reason) in cases {
            #expect(throws: ReportingPeriod.Problem(text: text, reason: reason)) { try ReportingPeriod(parsing: text) }
        }
    }
}
