import Testing
@testable import HarbourCore

/// Every DfE code set, as plain code lists.
let dfeCodeLists: [CodeList] = [
    ReferralSource.list, PrimaryNeed.list, ReasonForClosure.list, CategoryOfAbuse.list,
    AssessmentFactor.list, Disability.list, Ethnicity.list, UPNUnknown.list, Sex.list,
    ReasonForNewEpisode.list, LegalStatus.list, CategoryOfNeed.list, PlacementType.list,
    PlacementProvider.list, ReasonEpisodeCeased.list, ReasonPlaceChange.list,
    ReviewParticipation.list, MissingType.list, SDQReason.list, CareLeaverInTouch.list,
    CareLeaverActivity.list, CareLeaverAccommodation.list, AdopterSex.list,
    AdopterLegalStatus.list, ReasonPlacedCeased.list, PreviousPermanence.list,
    SocialWorkerChangeReason.list,
]

/// Every Harbour local code set.
let harbourCodeLists: [CodeList] = [
    ContactDecision.list, Agency.list, ConferenceType.list, ConferenceOutcome.list,
    Section47Outcome.list, StrategyOutcome.list, VisitType.list, RelationshipType.list,
    PermanenceStep.list, PermanencePlan.list, CareLeaverStatus.list, HealthAssessmentType.list,
    Role.list,
]

let allCodeLists = dfeCodeLists + harbourCodeLists

/// Name a parameterised test case by the code set's id, not its whole list of entries.
extension CodeList: CustomTestStringConvertible {
    public var testDescription: String { id }
}

@Suite struct CodeSetTests {
    @Test(arguments: allCodeLists)
    func codesAreUniqueAndLabelled(list: CodeList) {
        let codes = list.entries.map(\.code)
        #expect(Set(codes).count == codes.count, "\(list.id) repeats a code")
        #expect(!list.entries.isEmpty)
        #expect(!list.title.isEmpty)
        for entry in list.entries {
            #expect(!entry.code.isEmpty, "\(list.id) has an empty code")
            #expect(!entry.label.isEmpty, "\(list.id).\(entry.code) has no label")
            #expect(entry.label != entry.code, "\(list.id).\(entry.code) label only repeats the code")
        }
    }

    @Test func codeListIdsAreUnique() {
        let ids = allCodeLists.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("PlacementType"))
    }

    @Test(arguments: harbourCodeLists)
    func harbourCodesAreLowercaseKebab(list: CodeList) {
        for code in list.entries.map(\.code) {
            #expect(code.allSatisfy { $0 == "-" || ($0.isLetter && $0.isLowercase) || $0.isNumber }, "\(list.id): \(code)")
            #expect(!code.hasPrefix("-") && !code.hasSuffix("-"))
        }
    }

    @Test func cinCensusSetSizes() {
        #expect(PrimaryNeed.allCases.count == 10)  // N0..N9
        #expect(ReasonForClosure.allCases.count == 9)  // RC1..RC9
        #expect(CategoryOfAbuse.allCases.count == 5)
        #expect(Disability.allCases.count == 13)
        #expect(Ethnicity.allCases.count == 20)
        #expect(UPNUnknown.allCases.count == 7)  // UN1..UN7 in the XSD
        #expect(Sex.allCases.map(\.rawValue) == ["M", "F", "U"])
        // 6 x 3 (1A-6C) + 7A + 8B-8F + 9A..17A (9) + 18A-C + 19A-C + 20 + 21 + 22A + 23A + 24A
        #expect(AssessmentFactor.allCases.count == 18 + 1 + 5 + 9 + 3 + 3 + 5)
        #expect(ReferralSource.allCases.count == 22)
    }

    @Test func cinCensusCodesAndWording() {
        #expect(PrimaryNeed(rawValue: "N1")?.label == "Abuse, neglect and exploitation")
        #expect(PrimaryNeed(rawValue: "N0") == .notStated)
        #expect(PrimaryNeed(rawValue: "N10") == nil)
        #expect(ReasonForClosure(rawValue: "RC8")?.label.contains("no further action") == true)
        #expect(CategoryOfAbuse(rawValue: "SAB") == .sexual)
        #expect(AssessmentFactor(rawValue: "21") == .noFactorsIdentified)
        #expect(AssessmentFactor(rawValue: "18A") != nil)  // legacy, still accepted
        #expect(AssessmentFactor(rawValue: "24A")?.label == "Child criminal exploitation")
        #expect(AssessmentFactor(rawValue: "8A") == nil)  // private fostering starts at 8B
        #expect(Disability(rawValue: "NONE") == .noDisability)
        #expect(Ethnicity(rawValue: "CHNE") == .chinese)
        #expect(Ethnicity(rawValue: "CNHE") == nil)  // a typo in some SSD guidance, not a code
        #expect(UPNUnknown(rawValue: "UN7") == .referralNoFurtherAction)
    }

    @Test func ssda903SetSizes() {
        #expect(ReasonForNewEpisode.allCases.count == 6)
        #expect(LegalStatus.allCases.count == 13)
        #expect(CategoryOfNeed.allCases.count == 8)  // no N0 or N9 in the 903
        #expect(PlacementType.allCases.count == 32)
        #expect(PlacementProvider.allCases.count == 6)
        #expect(ReasonEpisodeCeased.allCases.count == 22)
        #expect(ReasonPlaceChange.allCases.count == 12)
        #expect(ReviewParticipation.allCases.count == 8)
        #expect(MissingType.allCases.count == 2)
        #expect(SDQReason.allCases.count == 5)
        #expect(CareLeaverInTouch.allCases.count == 6)
        #expect(CareLeaverActivity.allCases.count == 12)
        #expect(CareLeaverAccommodation.allCases.count == 33)  // 16 pairs + 0
        #expect(AdopterSex.allCases.count == 5)
        #expect(AdopterLegalStatus.allCases.count == 6)
        #expect(ReasonPlacedCeased.allCases.count == 4)
        #expect(PreviousPermanence.allCases.count == 5)
        #expect(SocialWorkerChangeReason.allCases.count == 10)
    }

    @Test func ssda903CodesAndWording() {
        #expect(LegalStatus(rawValue: "C2")?.label.contains("Full care order") == true)
        #expect(LegalStatus(rawValue: "V2")?.label.contains("section 20") == true)
        #expect(LegalStatus(rawValue: "V1") == nil)
        #expect(CategoryOfNeed(rawValue: "N0") == nil)
        #expect(ReasonForNewEpisode(rawValue: "S") == .startedToBeLookedAfter)
        #expect(ReasonEpisodeCeased(rawValue: "E45") != nil)
        #expect(ReasonEpisodeCeased(rawValue: "E43") == nil)  // pre-2019 SGO code
        #expect(ReasonEpisodeCeased(rawValue: "E4A") == .returnedHomePlanned)
        #expect(ReasonPlaceChange(rawValue: "CUSTOD") == .custody)
        #expect(MissingType(rawValue: "A")?.label == "Away from placement without authorisation")
        #expect(CareLeaverActivity(rawValue: "0") == .notInTouch)
        #expect(CareLeaverActivity(rawValue: "F3") == nil)  // pre-2022
        #expect(PreviousPermanence(rawValue: "Z1") == .noPreviousPermanence)
        #expect(AdopterLegalStatus(rawValue: "L12") == .marriedSameGender)
    }

    @Test func placementTypes() {
        #expect(PlacementType(rawValue: "U4")!.isFosterPlacement)
        #expect(PlacementType.allCases.filter(\.isFosterPlacement).map(\.rawValue) == ["U1", "U2", "U3", "U4", "U5", "U6"])
        #expect(PlacementType.allCases.filter(\.isTemporary).map(\.rawValue) == ["T0", "T1", "T2", "T3", "T4"])
        #expect(!PlacementType.childrensHome.isFosterPlacement)
        #expect(!PlacementType.childrensHome.isTemporary)
        #expect(PlacementType(rawValue: "XX") == nil)
        #expect(PlacementType(rawValue: "u4") == nil)  // codes are case-sensitive; importers upper-case first
        #expect(PlacementType(rawValue: "Z12")?.label == "Other placement (Z12)")
        #expect(PlacementType(rawValue: "K3") != nil)
    }

    @Test func careLeaverAccommodationSuitability() {
        #expect(CareLeaverAccommodation(rawValue: "D2")!.isSuitable == false)
        #expect(CareLeaverAccommodation(rawValue: "Z1")!.isSuitable == true)
        #expect(CareLeaverAccommodation(rawValue: "0")!.isSuitable == nil)
        #expect(CareLeaverAccommodation(rawValue: "S1") != nil)
        #expect(CareLeaverAccommodation(rawValue: "X1") != nil)
        for accommodation in CareLeaverAccommodation.allCases where accommodation != .unknown {
            let suitable = accommodation.isSuitable
            #expect(suitable != nil)
            #expect(accommodation.label.hasSuffix(suitable == true ? "– suitable" : "– not suitable"))
        }
    }

    @Test func codeListLookups() {
        let list = Ethnicity.list
        #expect(list.id == "Ethnicity")
        #expect(list.title == "Ethnicity")
        #expect(list.contains("WBRI"))
        #expect(!list.contains("wbri"))
        #expect(list.label(for: "NOBT") == "Information not yet obtained")
        #expect(list.label(for: "XXXX") == nil)
        #expect(Role.list.label(for: "practitioner") == "Practitioner (social worker or personal adviser)")
        #expect(ContactDecision.strategyDiscussion.code == "strategy-discussion")
    }
}
