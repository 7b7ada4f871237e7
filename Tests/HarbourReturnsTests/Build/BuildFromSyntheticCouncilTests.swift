import Foundation
import HarbourCore
@testable import HarbourReturns
import HarbourSynthetic
import Testing

/// All three returns built from a small synthetic council without recording defects: the
/// counts that must agree do, and nothing the return requires is blank.
@Suite struct BuildFromSyntheticCouncilTests {
    static let end = Day(year: 2026, month: 3, day: 31)!
    static let start = Day(year: 2025, month: 4, day: 1)!

    struct Council: Sendable {
        let children: [ReturnChild]
        let workers: [Int: ReturnWorker]
    }

    static let council: Council = {
        let synthetic = SyntheticCouncil(SyntheticParameters(seed: 7, scale: 0.02, years: 3, end: end, defects: 0))
        var children = [ReturnChild]()
        synthetic.generate { child in
            let events = child.events.enumerated().map { JourneyEvent(id: $0.offset + 1, kind: $0.element.kind, values: $0.element.values) }
            children.append(ReturnChild(values: child.values, events: events))
        }
        var workers = [Int: ReturnWorker]()
        for (i, worker) in synthetic.workers.enumerated() {
            workers[i + 1] = ReturnWorker(name: worker.displayName, team: synthetic.teams[worker.team].name)
        }
        return Council(children: children, workers: workers)
    }()

    func ids(_ table: ReturnTable, _ column: String) -> [String] {
        let c = table.column(column)
        return table.rows.map { $0[c] }
    }

    func blanks(_ table: ReturnTable, _ columns: [String]) -> [String] {
        columns.flatMap { name -> [String] in
            let c = table.column(name)
            return table.rows.filter { $0.isBlank(c) }.map { "\(table.name).\(name) \($0.values.first ?? "")" }
        }
    }

    @Test func theCensusHoldsEveryChildWithAReferralOpenInTheYear() {
        let children = Self.council.children
        let census = CINCensusBuilder(collectionYear: 2026, localAuthority: "999", createdAt: Date(timeIntervalSince1970: 0)).build(children)
        let open = children.filter { child in
            child.events.contains { e in
                e.kind == .referral && e.date! <= Self.end && (e.endDate.map { $0 >= Self.start } ?? true)
            }
        }
        #expect(open.count > 20)
        #expect(ids(census.childIdentifiers, "LAchildID") == open.map(\.laChildID))
        #expect(ids(census.childCharacteristics, "LAchildID") == open.map(\.laChildID))
        #expect(Set(ids(census.disabilities, "LAchildID")) == Set(open.map(\.laChildID)))
        let referrals = open.flatMap { $0.events.filter { e in
            e.kind == .referral && e.date! <= Self.end && (e.endDate.map { $0 >= Self.start } ?? true)
        } }
        #expect(census.cinDetails.rows.count == referrals.count)

        let details = Set(census.cinDetails.rows.map { "\($0.values[0])/\($0.values[1])" })
        for table in [census.assessments, census.cinPlanDates, census.section47, census.childProtectionPlans, census.reviews] {
            #expect(table.rows.allSatisfy { details.contains("\($0.values[0])/\($0.values[1])") }, "\(table.name)")
        }
        #expect(!census.childProtectionPlans.rows.isEmpty)
        #expect(!census.section47.rows.isEmpty)
        #expect(blanks(census.childIdentifiers, ["Sex"]).isEmpty)
        #expect(blanks(census.childCharacteristics, ["Ethnicity"]).isEmpty)
        #expect(census.childIdentifiers.rows.allSatisfy { !$0.values[1].isEmpty || !$0.values[3].isEmpty })
        #expect(census.childIdentifiers.rows.allSatisfy { $0.values[4].isEmpty != $0.values[5].isEmpty })
        #expect(blanks(census.cinDetails, ["CINreferralDate", "ReferralSource", "ReferralNFA"]).isEmpty)
        #expect(blanks(census.childProtectionPlans, ["CPPstartDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"]).isEmpty)
        // Every plan starting in the year starts on an initial (or transfer-in) conference.
        let conferences = Set(census.section47.rows.map { "\($0.values[0])/\($0.values[4])" }
            + census.cinDetails.rows.map { "\($0.values[0])/\($0.values[7])" })
        let started = census.childProtectionPlans.rows.filter { ReturnDate.parse($0.values[3])! >= Self.start }
        #expect(started.allSatisfy { conferences.contains("\($0.values[0])/\($0.values[3])") })
        // A closed episode's enquiries all ended with a conference or without needing one.
        let closed = Set(census.cinDetails.rows.filter { !$0.values[5].isEmpty }.map { "\($0.values[0])/\($0.values[1])" })
        #expect(census.section47.rows.filter { closed.contains("\($0.values[0])/\($0.values[1])") }
            .allSatisfy { !$0.values[4].isEmpty || $0.values[5] == "1" })
    }

    @Test func theSSDA903HeaderHoldsEveryChildInItsTables() {
        let children = Self.council.children
        let tables = SSDA903Builder(collectionYear: 2026, workers: Self.council.workers).build(children)
        let header = ids(tables.header, "CHILD")
        #expect(Set(header).count == header.count)
        let inHeader = Set(header)
        for table in tables.all where table.name != "Header" {
            #expect(ids(table, "CHILD").allSatisfy(inHeader.contains), "\(table.name)")
        }
        let lookedAfter = children.filter { child in
            child.events.contains { $0.kind == .periodOfCare && $0.date! <= Self.end && ($0.endDate.map { $0 >= Self.start } ?? true) }
        }
        #expect(lookedAfter.count > 10)
        #expect(Set(ids(tables.episodes, "CHILD")) == Set(lookedAfter.map(\.laChildID)))
        #expect(inHeader == Set(ids(tables.episodes, "CHILD")).union(ids(tables.oc3, "CHILD")))
        #expect(Set(ids(tables.oc2, "CHILD")).isDisjoint(with: ids(tables.oc3, "CHILD")))
        #expect(!tables.oc2.rows.isEmpty)
        #expect(!tables.swEpisodes.rows.isEmpty)

        #expect(blanks(tables.header, ["SEX", "DOB", "ETHNIC", "UPN"]).isEmpty)
        #expect(blanks(tables.episodes, ["DECOM", "RNE", "LS", "CIN", "PLACE", "URN"]).isEmpty)
        #expect(blanks(tables.swEpisodes, ["SW_ID", "SW_DECOM", "SW_REASON"]).isEmpty)
        // Each child's episodes follow on: an X1 ending is the next episode's start.
        let decom = tables.episodes.column("DECOM"), dec = tables.episodes.column("DEC"), rec = tables.episodes.column("REC")
        for rows in tables.episodes.groups(by: tables.episodes.column("CHILD")).values {
            for (a, b) in zip(rows, rows.dropFirst()) {
                let this = tables.episodes.rows[a], next = tables.episodes.rows[b]
                #expect(this.day(decom)! <= next.day(decom)!)
                if this[rec] == "X1" { #expect(this[dec] == next[decom]) }
            }
            for index in rows {
                let row = tables.episodes.rows[index]
                #expect(row.isBlank(dec) == row.isBlank(rec))
            }
        }
    }

    @Test func annexAListsAgreeWithTheReturnsForTheSameYear() {
        let children = Self.council.children
        let census = CINCensusBuilder(collectionYear: 2026, localAuthority: "999", createdAt: Date(timeIntervalSince1970: 0)).build(children)
        let tables = SSDA903Builder(collectionYear: 2026).build(children)
        let lists = AnnexABuilder(date: Self.end, workers: Self.council.workers).build(children)
        let nfa = census.cinDetails.column("ReferralNFA"), referred = census.cinDetails.column("CINreferralDate")
        #expect(lists[2].rows.count == census.cinDetails.rows.filter { $0.day(referred)! >= Self.start }.count)
        #expect(lists[5].rows.count == census.cinDetails.rows.filter { $0[nfa] == "0" }.count)
        #expect(lists[6].rows.count == census.childProtectionPlans.rows.count)
        #expect(Set(ids(lists[7], "Child Unique ID")) == Set(ids(tables.episodes, "CHILD")))
        #expect(lists[10].rows.isEmpty)
        // Every child with an open case has an allocated worker.
        let worker = lists[6].column("Allocated Worker")
        #expect(lists[6].rows.filter { $0.isBlank(worker) }.count * 20 < lists[6].rows.count)
        for list in lists {
            #expect(list.rows.allSatisfy { $0.values.count == list.columns.count }, "\(list.name)")
        }
    }
}
