import Testing
@testable import HarbourCore

@Suite("Calendar days")
struct DayTests {
    @Test func parsesRealDatesOnly() {
        #expect(Day(iso: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2014-04-31") == nil)
        #expect(Day(iso: "2014-4-30") == nil)
        #expect(Day(iso: "2014-04-30T00:00") == nil)
        #expect(Day(iso: "2014/04/30") == nil)
        #expect(Day(iso: "+014-04-30") == nil)
        #expect(Day(iso: "2014-04-3 ") == nil)
        #expect(Day(iso: "0000-01-01") == nil, "there was no year 0")
        #expect(Day(iso: "２０１４-04-30") == nil, "only ASCII digits")
        #expect(Day(year: 987, month: 7, day: 4)!.iso == "0987-07-04")
        #expect(Day(year: 2014, month: 12, day: 31)!.iso == "2014-12-31")
        #expect(Day(ukSlashed: "31/03/2014") == Day(year: 2014, month: 3, day: 31))
        #expect(Day(year: 1900, month: 2, day: 29) == nil, "1900 was not a leap year")
        #expect(Day(year: 2000, month: 2, day: 29) != nil, "2000 was")
    }

    @Test func arithmetic() {
        let d = Day(year: 2014, month: 3, day: 31)!
        #expect(d.isoWeekday == 1, "31 March 2014 was a Monday")
        #expect(Day(year: 2023, month: 5, day: 6)!.isoWeekday == 6, "the coronation was on a Saturday")
        #expect(d.adding(days: 1) == Day(year: 2014, month: 4, day: 1))
        #expect(Day(year: 2024, month: 2, day: 28)!.adding(days: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2013, month: 4, day: 15)!.days(until: Day(year: 2014, month: 4, day: 15)!) == 365)
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
        #expect(d.iso == "2014-03-31" && d.ukSlashed == "31/03/2014" && d.long == "31 March 2014")
    }

    @Test func ages() {
        let birth = Day(year: 2008, month: 2, day: 29)!
        #expect(birth.age(on: Day(year: 2026, month: 2, day: 28)!) == 17)
        #expect(birth.age(on: Day(year: 2026, month: 3, day: 1)!) == 18)
    }
}

@Suite("Identifiers")
struct IdentifierTests {
    // Worked by hand: 2·2 + 0·3 + 1·4 + 1·5 + 2·6 + 3·7 + 4·8 + 5·9 + 6·10 + 7·11 + 8·12 + 9·13 = 473;
    // 473 mod 23 = 13; the 14th letter of ABCDEFGHJKLMNPQRTUVWXYZ is P.
    @Test func upnCheckLetter() {
        #expect(UPN.checkLetter(for: "201123456789") == "P")
        #expect(UPN.problem(with: "P201123456789") == nil)
        #expect(UPN.problem(with: "A201123456789") == "UPN check letter is wrong: it should be P")
        #expect(UPN.problem(with: "P20112345678") == "UPN must be 13 characters: a letter then 12 more")
        #expect(UPN.problem(with: "I201123456789") != nil, "I is not a check letter")
        #expect(UPN.make(body: "201123456789") == "P201123456789")
    }

    @Test func postcodes() {
        #expect(Postcode.isWellFormed("CV1 2GN"))
        #expect(Postcode.isWellFormed("ZZ9 9BR"))
        #expect(Postcode.isWellFormed("SW1A 1AA"))
        #expect(!Postcode.isWellFormed("CV12GN"))
        #expect(!Postcode.isWellFormed("CV1 GN2"))
        #expect(!Postcode.isWellFormed("1V1 2GN"))
    }
}
