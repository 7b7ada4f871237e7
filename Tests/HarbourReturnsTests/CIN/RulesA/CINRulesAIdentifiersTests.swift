import HarbourCore
@testable import HarbourReturns
import Testing

@Suite("CIN rules A: header and identifiers")
struct CINRulesAIdentifiersTests {
    typealias F = CINFixtureA

    @Test func rule100ReferenceDateMustBe31MarchOfTheYear() {
        let ret = F.census([
            "Header": [
                ["Year": "2022", "ReferenceDate": "2022-03-31"],
                ["Year": "2022"],
                ["Year": "2022", "ReferenceDate": "not a date"],
                ["Year": "2022", "ReferenceDate": "2021-11-30"],
                ["Year": "22", "ReferenceDate": "2022-03-31"],
            ],
        ])
        #expect(F.flagged(CINRules.r100, ret, in: "Header") == [1, 2, 3, 4])
        #expect(F.flagged(CINRules.r100, F.census()).isEmpty)
    }

    @Test func rule1510ChecksTheCheckLetter() {
        let upns: [String?] = [
            "A950000178301", nil, "H243278544154", "ASFFAGSVSV123", "R325",
            "R247962919251", "X428558133462", "X845212818005",
        ]
        let ret = F.census(["ChildIdentifiers": F.column("UPN", upns)])
        #expect(F.flagged(CINRules.r1510, ret, in: "ChildIdentifiers") == [5, 6])
    }

    @Test func rule1520FlagsEveryChildSharingAUPN() {
        let ret = F.census([
            "ChildIdentifiers": [
                ["LAchildID": "child1", "UPN": "1234"],
                ["LAchildID": "child2", "UPN": "1234"],
                ["LAchildID": "child3", "UPN": "12345"],
                ["LAchildID": "child4"],
                ["LAchildID": "child4"],
            ],
        ])
        #expect(F.flagged(CINRules.r1520, ret, in: "ChildIdentifiers") == [0, 1])
    }

    @Test func rule1530ChecksTheLANumber() {
        let upns: [String?] = [
            "A38100178301", nil, "H003278544154", "R34", "R421962919251", "X817558133462",
            "ASFFAGSVSV123", "A94300178301", "A94200178301X",
        ]
        let ret = F.census(["ChildIdentifiers": F.column("UPN", upns)])
        #expect(F.flagged(CINRules.r1530, ret, in: "ChildIdentifiers") == [4, 5, 6])
    }

    @Test func rule1540WantsDigitsInCharacters5To12() {
        let upns: [String?] = [nil, "X000000000000", "X0000y0000000", "x0000000er00e0", "R34"]
        let ret = F.census(["ChildIdentifiers": F.column("UPN", upns)])
        #expect(F.flagged(CINRules.r1540, ret, in: "ChildIdentifiers") == [2, 3, 4])
    }

    @Test func rule1550ChecksTheLastCharacter() {
        let upns: [String?] = ["1234567891234", "123456789123I", "123456789123O", "12345678912S", "123456789123Z"]
        let ret = F.census(["ChildIdentifiers": F.column("UPN", upns)])
        #expect(F.flagged(CINRules.r1550, ret, in: "ChildIdentifiers") == [1, 2])
    }

    @Test func rule1560QChecksTheFormerUPNFormat() {
        let formers: [String?] = [
            nil, "X987654321231", "X0000y0000007", "X98721238", "E000215119000", "X987654321231",
            "E000215119000", "1987654321231",
        ]
        let ret = F.census(["ChildIdentifiers": F.column("FormerUPN", formers)])
        #expect(F.flagged(CINRules.r1560Q, ret, in: "ChildIdentifiers") == [2, 3, 7])
    }

    @Test func rule1570LimitsTheLAChildIDTo20Characters() {
        let ids: [String?] = ["XXXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXXXX"]
        let ret = F.census(["ChildIdentifiers": F.column("LAchildID", ids)])
        #expect(F.flagged(CINRules.r1570, ret, in: "ChildIdentifiers") == [2])
    }

    @Test func rule1580WantsAnAlphanumericLAChildID() {
        let ids: [String?] = ["XXXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXXX;", nil, "A 1"]
        let ret = F.census(["ChildIdentifiers": F.column("LAchildID", ids)])
        #expect(F.flagged(CINRules.r1580, ret, in: "ChildIdentifiers") == [2, 4])
    }

    @Test func rule4180WantsSexMFOrU() {
        let sexes: [String?] = ["M", nil, "7", "Male", "F", "U", "U", "U"]
        let ret = F.census(["ChildIdentifiers": F.column("Sex", sexes)])
        #expect(F.flagged(CINRules.r4180, ret, in: "ChildIdentifiers") == [1, 2, 3])
    }

    @Test func rule4220WantsAKnownEthnicity() {
        let codes: [String?] = ["ABAB", "AIND", "AOTH", nil, "MOTH", "WOTH", "AAAA"]
        let ret = F.census(["ChildCharacteristics": F.column("Ethnicity", codes)])
        #expect(F.flagged(CINRules.r4220, ret, in: "ChildCharacteristics") == [0, 3, 6])
    }

    @Test func rule8500WantsAnLAChildID() {
        let ret = F.census(["ChildIdentifiers": F.column("LAchildID", ["1234", nil, nil])])
        #expect(F.flagged(CINRules.r8500, ret, in: "ChildIdentifiers") == [1, 2])
    }

    @Test func rule8510FlagsSharedLAChildIDs() {
        let ret = F.census(["ChildIdentifiers": F.column("LAchildID", ["1234", "1234", "346546"])])
        #expect(F.flagged(CINRules.r8510, ret, in: "ChildIdentifiers") == [0, 1])
        let missing = F.census(["ChildIdentifiers": F.column("LAchildID", [nil, "1", nil])])
        #expect(F.flagged(CINRules.r8510, missing, in: "ChildIdentifiers") == [0, 2])
    }
}
