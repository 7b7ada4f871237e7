import HarbourCore
import Testing
@testable import HarbourReturns

/// Part-B CIN rules on the child: the validator's own test cases ported, and Harbour's own.
@Suite struct CINRulesBChildTests {
    @Test func rule8750() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildIdentifiers", ["LAchildID", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex"], [
                ["child1", "2000-05-26", "2000-05-26", "M"],
                ["child2", "2000-05-26", "", "F"],
                ["child3", "", "1999-05-26", "U"],
                ["child3", "", "", "F"],
                ["child4", "", "2000-05-25", "F"],
                ["child4", "", "2000-05-25", "M"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8750, census) == ["ChildIdentifiers 4", "ChildIdentifiers 5"])
        let removed = [
            "ChildIdentifiers 4", "ChildIdentifiers 5",
        ]
        #expect(CINTestB.flagged(CINRules.r8750, CINTestB.without(removed, census)).isEmpty)
    }

    @Test func rule8770Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("ChildIdentifiers", ["LAchildID", "PersonBirthDate", "UPN", "UPNunknown"], [
                ["child1", "1995-09-01", "", ""],
                ["child2", "1990-05-26", "AAA", ""],
                ["child3", "1990-05-26", "", "UN2"],
                ["child4", "1990-05-26", "", "un5"],
                ["child5", "1995-08-31", "", ""],
                ["child6", "1995-08-31", "", "UN1"],
                ["child7", "1990-05-26", "", "UN8"],
                ["child8", "1993-08-31", "", ""],
            ]),
            CINTestB.table("CINdetails", ["LAchildID", "ReferralNFA"], [
                ["child1", "0"],
                ["child2", "false"],
                ["child3", "FALSE"],
                ["child4", "0"],
                ["child5", "0"],
                ["child6", "0"],
                ["child6", "1"],
                ["child7", "1"],
                ["child8", "0"],
            ]),
        ])
        let expected1 = [
            "ChildIdentifiers 4", "ChildIdentifiers 5", "ChildIdentifiers 7",
        ]
        #expect(CINTestB.flagged(CINRules.r8770Q, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8770Q, CINTestB.without(expected1, census1)).isEmpty)
        // School age for 31 March 2027: born on or before 31 August 2021.
        let census2 = CINTestB.census([
            CINTestB.header("2027-03-31"),
            CINTestB.table("ChildIdentifiers", ["LAchildID", "UPN", "UPNunknown", "PersonBirthDate"], [
                ["a", "", "UN1", "2021-08-31"],
                ["b", "", "", "2021-09-01"],
                ["c", "", "un2", "2015-01-01"],
                ["d", "A123", "", "2015-01-01"],
                ["e", "", "", "2015-01-01"],
            ]),
            CINTestB.table("CINdetails", ["LAchildID", "CINdetailsID", "ReferralNFA"], [
                ["a", "1", "0"],
                ["b", "1", "false"],
                ["c", "1", "0"],
                ["d", "1", "0"],
                ["e", "1", "true"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8770Q, census2) == ["ChildIdentifiers 0"])
        #expect(CINTestB.flagged(CINRules.r8770Q, CINTestB.without(["ChildIdentifiers 0"], census2)).isEmpty)
    }

    @Test func rule8775Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("ChildIdentifiers", ["LAchildID", "PersonBirthDate"], [
                ["child1", "1880-01-01"],
                ["child2", "1880-01-01"],
                ["child3", "2000-01-01"],
                ["child4", "1800-01-01"],
            ]),
            CINTestB.table("CINdetails", ["LAchildID", "CINclosureDate"], [
                ["child1", "2000-01-01"],
                ["child2", ""],
                ["child2", "1890-10-26"],
                ["child3", "1999-10-26"],
                ["child4", "1804-10-26"],
            ]),
        ])
        let expected1 = [
            "CINdetails 0", "CINdetails 1", "ChildIdentifiers 0", "ChildIdentifiers 1",
        ]
        #expect(CINTestB.flagged(CINRules.r8775Q, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8775Q, CINTestB.without(expected1, census1)).isEmpty)
        // Over 25 at the reference date, with an episode open or closed after the 25th birthday.
        let census2 = CINTestB.census([
            CINTestB.header("2027-03-31"),
            CINTestB.table("ChildIdentifiers", ["LAchildID", "PersonBirthDate"], [
                ["a", "2001-06-01"],
                ["b", "2002-03-31"],
                ["c", "2001-01-01"],
            ]),
            CINTestB.table("CINdetails", ["LAchildID", "CINdetailsID", "CINclosureDate"], [
                ["a", "1", ""],
                ["a", "2", "2026-06-01"],
                ["a", "3", "2026-05-01"],
                ["b", "1", ""],
                ["c", "1", "2026-01-01"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8775Q, census2) == ["CINdetails 0", "ChildIdentifiers 0"])
        let removed2 = [
            "CINdetails 0", "ChildIdentifiers 0",
        ]
        #expect(CINTestB.flagged(CINRules.r8775Q, CINTestB.without(removed2, census2)).isEmpty)
    }

    @Test func rule8790() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Disabilities", ["LAchildID", "Disability"], [
                ["1", "NONE"],
                ["1", "AIND"],
                ["2", "NONE"],
                ["3", ""],
                ["3", "MOTH"],
                ["4", "NONE"],
                ["4", "AAAA"],
                ["5", "AA"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8790, census) == ["Disabilities 1", "Disabilities 6"])
        let removed = [
            "Disabilities 1", "Disabilities 6",
        ]
        #expect(CINTestB.flagged(CINRules.r8790, CINTestB.without(removed, census)).isEmpty)
    }

    @Test func rule8794() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Disabilities", ["LAchildID", "Disability"], [
                ["1", "AAA"],
                ["1", "AAA"],
                ["2", "BBB"],
                ["3", ""],
                ["3", "MOTH"],
                ["4", "AAAA"],
                ["4", "AAAA"],
                ["5", "AA"],
                ["5", "BB"],
                ["6", "AA"],
                ["6", "AA"],
                ["6", "CC"],
                ["6", "CC"],
            ]),
        ])
        let expected = [
            "Disabilities 0", "Disabilities 1", "Disabilities 5", "Disabilities 6", "Disabilities 9",
            "Disabilities 10", "Disabilities 11", "Disabilities 12",
        ]
        #expect(CINTestB.flagged(CINRules.r8794, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8794, CINTestB.without(expected, census)).isEmpty)
    }
}
