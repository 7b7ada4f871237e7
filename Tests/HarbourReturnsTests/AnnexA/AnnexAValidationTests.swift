import Foundation
import HarbourCore
@testable import HarbourReturns
import Testing

@Suite struct AnnexAValidationTests {
    static let asOf = Day(year: 2026, month: 3, day: 31)!

    private func read(_ files: [(String, String)], asOf: Day? = Self.asOf) -> (AnnexALists, [ReturnFileProblem]) {
        let read = AnnexAReader.read(files.map { (name: $0.0, bytes: Data($0.1.utf8)) })
        return (AnnexALists(lists: read.lists, files: read.files, asOf: asOf, months: 12), read.problems)
    }

    /// Each finding as "rule file:line [column] child".
    private func findings(_ lists: AnnexALists) -> [String] {
        ReturnValidation.run(AnnexARules.runnable(on: lists), on: lists).map {
            "\($0.rule) \($0.file):\($0.line ?? 0) [\($0.fields.joined(separator: ", "))] \($0.child)"
        }
    }

    private let child = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years)"

    @Test func harboursOwnListsPass() {
        let council = BuildFromSyntheticCouncilTests.council
        let built = AnnexABuilder(date: Self.asOf, workers: council.workers).build(council.children)
        #expect(built[0].rows.count > 10 && built[7].rows.count > 10)
        let (lists, problems) = read(built.map { ("\($0.name).csv", ReturnCSV.text($0)) })
        #expect(problems.isEmpty)
        #expect(lists.lists.count == 11)
        #expect(findings(lists) == [])
    }

    @Test func findsEachKindOfFaultWithItsLineAndColumn() {
        let list1 = """
            \(child),Date of contact,Contact Source
            C1,a) Male,a) White,01/02/2015,11,,g) Police
            C2,b) Female,a) White,01/02/2015,11,,g) Police force
            ,b) Female,a) White,01/02/2015,eleven,,k) Unknown

            """
        let list3 = """
            \(child),Date of referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker
            C1,a) Male,a) White,01/02/2015,11,2025-06-01,g) Police,False,1,T,W
            C2,a) Male,a) White,01/02/2015,11,01/04/2026,g) Police,False,1,T,W
            C3,a) Male,a) White,01/02/2015,11,31/03/2025,g) Police,Yes,1,T,W
            C4,a) Male,a) White,01/02/2015,11,01/04/2025,g) Police,True,1,T,W

            """
        let list8 = AnnexASpec.headings("list_8")!.map(ReturnCSV.field).joined(separator: ",") + "\n"
            + "C1,a) Male,a) White,01/02/2015,11,False,False,01/01/2024,a) Abuse or neglect" + String(repeating: ",", count: 25) + "\n"
            + "C1,a) Male,a) White,01/02/2015,11,False,False,01/01/2020,a) Abuse or neglect,,,,,,,,,,,01/01/2025" + String(repeating: ",", count: 14) + "\n"
        let (lists, problems) = read([("list_1.csv", list1), ("List 3 referrals.csv", list3), ("children in care.csv", list8)])
        #expect(problems.isEmpty)
        #expect(lists.lists.map(\.name) == ["list_1", "list_3", "list_8"])
        #expect(findings(lists).sorted() == [
            "AA02 List 3 referrals.csv:2 [Date of referral] C1",
            "AA03 List 3 referrals.csv:3 [Date of referral] C2",
            "AA04 List 3 referrals.csv:3 [Date of referral] C2",
            "AA04 List 3 referrals.csv:4 [Date of referral] C3",
            "AA05 List 3 referrals.csv:4 [Referral NFA?] C3",
            "AA04 children in care.csv:3 [Date Ceased to be Looked After] C1",
            "AA07 children in care.csv:3 [Child Unique ID] C1",
            "AA01 list_1.csv:1 [Date of Contact] ",
            "AA01 list_1.csv:1 [Date of contact] ",
            "AA05 list_1.csv:3 [Contact Source] C2",
            "AA06 list_1.csv:4 [Child Unique ID] ",
            "AA08 list_1.csv:4 [Age of Child (Years)] ",
        ].sorted())
    }

    @Test func withoutTheDateThePeriodChecksDoNotRun() {
        let (lists, _) = read([("list_1.csv", "\(child),Date of Contact,Contact Source\nC1,a) Male,a) White,01/02/2015,11,01/01/2030,g) Police\n")],
                              asOf: nil)
        #expect(AnnexARules.notRun(on: lists).map(\.rule.code) == ["AA03", "AA04"])
        #expect(AnnexARules.notRun(on: lists).first?.missing == [.asOfDate])
        #expect(findings(lists) == [])
    }

    @Test func readerTellsListsByNameOrHeadings() {
        #expect(AnnexAReader.listNumber("list_10.csv") == 10)
        #expect(AnnexAReader.listNumber("Annex A List 8 - CLA.csv") == 8)
        #expect(AnnexAReader.listNumber("list_12.csv") == nil)
        #expect(AnnexAReader.listNumber("episodes.csv") == nil)
        let (lists, problems) = read([
            ("contacts.csv", "\(child),Date of Contact,Contact Source\n"),
            ("episodes.csv", "CHILD,DECOM\n1,01/01/2025\n"),
            ("list_3.csv", ""),
            ("list_1 again.csv", "\(child)\n"),
        ])
        #expect(lists.lists.map(\.name) == ["list_1"])
        #expect(problems.map(\.description) == [
            "episodes.csv:1: neither the file's name (list_1.csv … list_11.csv) nor its headings say which Annex A list it is; it is not read",
            "list_3.csv:1: the file is empty: it has no header row",
            "list_1 again.csv:1: list_1 is already given in contacts.csv; this file is not read",
        ])
    }
}
