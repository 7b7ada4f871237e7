import HarbourCore
@testable import HarbourReturns
import Testing

@Suite("CIN rules A: child details and whole-return checks")
struct CINRulesAChildDetailsTests {
    typealias F = CINFixtureA

    @Test func rule8520BirthAfterTheCensusYear() {
        let births: [String?] = ["2021-06-01", "2022-06-01", "2021-08-31", "2022-12-31", nil]
        let ret = F.census(reference: "2022-03-31", ["ChildIdentifiers": F.column("PersonBirthDate", births)])
        #expect(F.flagged(CINRules.r8520, ret, in: "ChildIdentifiers") == [1, 3])
    }

    @Test func rule8525QWantsExactlyOneBirthDate() {
        let ret = F.census([
            "ChildIdentifiers": [
                ["LAchildID": "child1", "PersonBirthDate": "2000-05-26", "ExpectedPersonBirthDate": "2000-05-26"],
                ["LAchildID": "child2", "PersonBirthDate": "2000-05-26", "ExpectedPersonBirthDate": "2001-05-26"],
                ["LAchildID": "child4", "ExpectedPersonBirthDate": "1999-05-26"],
                ["LAchildID": "child4", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child5", "PersonBirthDate": "2000-05-26", "ExpectedPersonBirthDate": "2000-05-25"],
                ["LAchildID": "child6"],
            ],
        ])
        #expect(F.flagged(CINRules.r8525Q, ret, in: "ChildIdentifiers") == [0, 1, 4, 5])
    }

    @Test func rule8530QExpectedBirthOutsideMarchToDecember() {
        let expected: [String?] = [nil, "2023-03-30", "2021-10-15", "2024-03-15", "2023-12-30", "2023-12-31", "2023-03-01", "2023-03-02"]
        let ret = F.census(reference: "2023-03-31", ["ChildIdentifiers": F.column("ExpectedPersonBirthDate", expected)])
        #expect(F.flagged(CINRules.r8530Q, ret, in: "ChildIdentifiers") == [2, 3, 5, 6])
    }

    @Test func rule8535QDeathBeforeBirth() {
        let ret = F.census([
            "ChildIdentifiers": [
                ["LAchildID": "child1", "PersonDeathDate": "2000-05-26", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child2", "PersonDeathDate": "2001-05-26", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child3", "PersonDeathDate": "1999-05-26", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child4", "PersonDeathDate": "2000-05-26"],
                ["LAchildID": "child5", "PersonDeathDate": "2000-05-25", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child6"],
            ],
        ])
        #expect(F.flagged(CINRules.r8535Q, ret, in: "ChildIdentifiers") == [2, 3, 4])
    }

    @Test func rule8545QDeathOutsideTheCensusYear() {
        let deaths: [String?] = [
            "2022-04-25", "2022-03-01", "2022-12-25", "2021-04-27", "2021-11-21", "2021-08-20",
            "2020-04-17", "1666-55-55", nil,
        ]
        let ret = F.census(reference: "2022-03-31", ["ChildIdentifiers": F.column("PersonDeathDate", deaths)])
        #expect(F.flagged(CINRules.r8545Q, ret, in: "ChildIdentifiers") == [0, 2, 6])
        let noReference = F.census(reference: nil, ["ChildIdentifiers": F.column("PersonDeathDate", deaths)])
        #expect(F.flagged(CINRules.r8545Q, noReference, in: "ChildIdentifiers") == [0, 1, 2, 3, 4, 5, 6])
    }

    @Test func rule8555QReferralAfterDeath() {
        let ret = F.census([
            "CINdetails": [
                ["LAchildID": "child1", "CINreferralDate": "2000-05-26"],
                ["LAchildID": "child2", "CINreferralDate": "2002-06-27"],
                ["LAchildID": "child3", "CINreferralDate": "1999-02-07"],
                ["LAchildID": "child4"],
                ["LAchildID": "child5", "CINreferralDate": "2001-03-14"],
            ],
            "ChildIdentifiers": [
                ["LAchildID": "child1", "PersonDeathDate": "2000-05-26"],
                ["LAchildID": "child2", "PersonDeathDate": "2000-05-26"],
                ["LAchildID": "child3", "PersonDeathDate": "2000-05-26"],
                ["LAchildID": "child4", "PersonDeathDate": "2000-05-26"],
                ["LAchildID": "child5"],
            ],
        ])
        #expect(F.flagged(CINRules.r8555Q, ret) == ["CINdetails": [1], "ChildIdentifiers": [1]])
    }

    @Test func rule8585QDiedWithoutADateOfDeath() {
        let ret = F.census([
            "CINdetails": [
                ["LAchildID": "child1", "ReasonForClosure": "RC2"],
                ["LAchildID": "child2", "ReasonForClosure": "abc"],
                ["LAchildID": "child3", "ReasonForClosure": "RC2"],
            ],
            "ChildIdentifiers": [
                ["LAchildID": "child1", "PersonDeathDate": "2000-05-26"],
                ["LAchildID": "child2", "PersonDeathDate": "2002-06-27"],
                ["LAchildID": "child3"],
            ],
        ])
        #expect(F.flagged(CINRules.r8585Q, ret) == ["ChildIdentifiers": [2], "CINdetails": [2]])
    }

    @Test func rule8590ChildWithoutAnEpisode() {
        let ret = F.census([
            "ChildIdentifiers": F.column("LAchildID", ["child1", "child2", "child3", "child4"]),
            "CINdetails": F.column("LAchildID", ["child1", "child2", "child4", "child5"]),
        ])
        #expect(F.flagged(CINRules.r8590, ret) == ["ChildIdentifiers": [2]])
    }

    @Test func rule8606ReferralMoreThan40WeeksBeforeBirth() {
        let ret = F.census([
            "CINdetails": [
                ["LAchildID": "child1", "CINreferralDate": "2000-04-26"],
                ["LAchildID": "child2", "CINreferralDate": "1998-06-27"],
                ["LAchildID": "child3", "CINreferralDate": "2000-04-07"],
                ["LAchildID": "child4", "CINreferralDate": "1998-02-07"],
            ],
            "ChildIdentifiers": [
                ["LAchildID": "child1", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child2", "PersonBirthDate": "2000-05-26"],
                ["LAchildID": "child3", "ExpectedPersonBirthDate": "2000-05-26"],
                ["LAchildID": "child4", "ExpectedPersonBirthDate": "2000-05-26"],
            ],
        ])
        #expect(F.flagged(CINRules.r8606, ret) == ["CINdetails": [1, 3], "ChildIdentifiers": [1, 3]])
    }

    @Test func rule8540DisabilityMissingOrInvalid() {
        let born = "1880-01-01"
        let ret = F.census([
            "ChildIdentifiers": ["child1", "child2", "child3", "child4", "child5"].map {
                ["LAchildID": $0, "PersonBirthDate": born]
            },
            "CINdetails": [
                ["LAchildID": "child1", "CINdetailsID": "1", "ReferralNFA": "false"],
                ["LAchildID": "child2", "CINdetailsID": "1", "ReferralNFA": "0"],
                ["LAchildID": "child3", "CINdetailsID": "1", "ReferralNFA": "0"],
                ["LAchildID": "child3", "CINdetailsID": "2", "ReferralNFA": "1"],
                ["LAchildID": "child4", "CINdetailsID": "1", "ReferralNFA": "1"],
            ],
            "Disabilities": [
                ["LAchildID": "child1"],
                ["LAchildID": "child2", "Disability": "MOB"],
                ["LAchildID": "child3", "Disability": "notreal"],
            ],
        ])
        #expect(F.flagged(CINRules.r8540, ret) == [
            "ChildIdentifiers": [0, 2], "Disabilities": [0, 2], "CINdetails": [0, 2],
        ])
        // A child with no Disability items at all counts as missing one.
        let none = F.census([
            "ChildIdentifiers": [["LAchildID": "A", "PersonBirthDate": born]],
            "CINdetails": [["LAchildID": "A", "CINdetailsID": "1", "ReferralNFA": "0"]],
        ])
        #expect(F.flagged(CINRules.r8540, none) == ["ChildIdentifiers": [0], "CINdetails": [0]])
    }

    @Test func rule2886QMoreThan2PercentWithNoSex() {
        let ret = F.census(["ChildIdentifiers": F.column("Sex", ["0", "1", nil, "U"])])
        #expect(CINRules.r2886Q.run(ret).map(\.table) == ["ChildIdentifiers"])
        let unborn: F.Rows = [["Sex": "U", "ExpectedPersonBirthDate": "2027-05-01"]] + F.column("Sex", Array(repeating: "M", count: 60))
        #expect(CINRules.r2886Q.run(F.census(["ChildIdentifiers": unborn])).isEmpty)
        let oneIn60: F.Rows = [["Sex": "U"]] + F.column("Sex", Array(repeating: "F", count: 59))
        #expect(CINRules.r2886Q.run(F.census(["ChildIdentifiers": oneIn60])).isEmpty)
        let oneIn40: F.Rows = [["Sex": "U"]] + F.column("Sex", Array(repeating: "F", count: 39))
        #expect(CINRules.r2886Q.run(F.census(["ChildIdentifiers": oneIn40])).count == 1)
    }

    @Test func rule2887QCountsNoneItemsAsTheDfEValidatorDoes() {
        let codes: [String?] = ["0", "aaaa", "bbbb", "aaaa", "cc", "d", nil, "f", "NONE", "aaaa"]
        let ret = F.census(["Disabilities": F.column("Disability", codes)])
        let found = CINRules.r2887Q.run(ret)
        #expect(found.map(\.table) == ["Disabilities"])
        #expect(found.first?.child == "")
        let eightNone = F.census(["Disabilities": F.column("Disability", Array(repeating: "NONE", count: 8))])
        #expect(CINRules.r2887Q.run(eightNone).isEmpty)
    }

    @Test func rule2888QOnlyOneDisabilityPerChild() {
        let ret = F.census([
            "Disabilities": [
                ["LAchildID": "child0", "Disability": "NONE"],
                ["LAchildID": "child0", "Disability": "NONE"],
                ["LAchildID": "child1", "Disability": "aaaa"],
                ["LAchildID": "child2", "Disability": "bbbb"],
                ["LAchildID": "child2"],
                ["LAchildID": "child4", "Disability": "cc"],
            ],
        ])
        #expect(CINRules.r2888Q.run(ret).count == 1)
        let two = F.census([
            "Disabilities": [["LAchildID": "A", "Disability": "MOB"], ["LAchildID": "A", "Disability": "VIS"]],
        ])
        #expect(CINRules.r2888Q.run(two).isEmpty)
        #expect(CINRules.r2888Q.run(F.census()).isEmpty)
    }
}
