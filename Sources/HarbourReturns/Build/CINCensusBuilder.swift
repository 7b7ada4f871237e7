import Foundation
import HarbourCore

/// Builds the DfE's children in need census for one collection year (1 April to 31 March)
/// from Harbour's records, following the census guide: every child with a CIN episode (a
/// referral) open at any time in the year, with the episode's assessments, CIN plans, section
/// 47 enquiries and child protection plans that were open in the year. Only what had happened
/// by the reference date (31 March) is returned.
///
/// Where Harbour records an item differently, the census value is worked out:
/// - An enquiry counts as open until its initial conference or, without one, its outcome.
///   CPPreviewDate lists the review conferences held in the year.
/// - ICPCnotRequired is 1 when the enquiry was recorded as not needing a conference, and also
///   when it ended with any outcome other than "substantiated, conference" and no initial
///   conference followed: the census counts every completed enquiry without a conference.
/// - InitialCPCtarget is 15 working days after the strategy discussion that started the
///   enquiry (the latest on or before its start), or after the enquiry's start when Harbour has
///   no strategy discussion for it.
/// - An initial conference that no enquiry in the child's record led to, and a transfer-in
///   conference, are the episode's CINdetails DateOfInitialCPC, so that every plan starts on
///   a conference date.
/// - Each record belongs to the latest episode open on its date, preferring one that was not
///   a referral with no further action.
///
/// Harbour does not record these items, so they are blank:
/// - AssessmentInternalReviewDate (assessments have no internal review date in Harbour).
/// - GenderCurrent (the pre-2025 item; Sex is returned instead).
/// - NumberOfPreviousCPP counts only the plans Harbour holds: plans the child had in another
///   council are not recorded.
public struct CINCensusBuilder: Sendable {
    /// The year the census ends: 2026 for 2025-26.
    public var collectionYear: Int
    /// The council's three-digit LA number (Header LEA).
    public var localAuthority: String
    public var calendar: WorkingDayCalendar
    /// Header Release and SerialNo: the council's own numbering of its submissions.
    public var release: String
    public var serialNumber: Int
    /// When the file is made (Header DateTime), in Europe/London time.
    public var createdAt: Date

    public init(collectionYear: Int, localAuthority: String, calendar: WorkingDayCalendar = .england,
                release: String = "1", serialNumber: Int = 1, createdAt: Date = Date()) {
        self.collectionYear = collectionYear
        self.localAuthority = localAuthority
        self.calendar = calendar
        self.release = release
        self.serialNumber = serialNumber
        self.createdAt = createdAt
    }

    /// 31 March of the collection year.
    public var referenceDate: Day { Day(year: collectionYear, month: 3, day: 31)! }
    /// 1 April of the year before.
    public var censusStart: Day { Day(year: collectionYear - 1, month: 4, day: 1)! }

    public func build(_ children: [ReturnChild], file: String = "") -> CINReturn {
        var census = CINReturn(file: file)
        let created = LondonTime.parts(of: createdAt)
        let time = String(format: "%@T%02d:%02d:00", created.day.iso, created.hour, created.minute)
        census.header.append(["CIN", String(collectionYear), referenceDate.iso, "L", localAuthority, "Harbour", release,
                              String(format: "%03d", serialNumber), time],
                             at: SourceLocation(file: file, path: "Message/Header"))
        var number = 0
        for child in children {
            let records = ExportRecords(child, asAt: referenceDate)
            let episodes = ExportCINEpisodes(records, census: self)
            guard !episodes.included.isEmpty else { continue }
            number += 1
            add(records, episodes, number: number, to: &census, file: file)
        }
        return census
    }

    private func add(_ r: ExportRecords, _ e: ExportCINEpisodes, number: Int, to census: inout CINReturn, file: String) {
        let id = r.id
        let path = "Message/Children/Child[\(number)]"
        func at(_ tail: String) -> SourceLocation { SourceLocation(file: file, path: path + "/" + tail) }
        let upn = r.text("upn")?.uppercased() ?? ""
        let born = r.dateOfBirth
        let sex = born == nil ? Sex.unknown.rawValue : (r.code("sex") ?? "")
        census.childIdentifiers.append([
            id, upn, r.text("former_upn")?.uppercased() ?? "", upn.isEmpty ? (r.code("upn_unknown") ?? "") : "",
            born?.iso ?? "", born == nil ? (r.expectedDateOfBirth?.iso ?? "") : "", "", sex, r.dateOfDeath?.iso ?? "",
        ], at: at("ChildIdentifiers"))
        census.childCharacteristics.append([id, r.code("ethnicity") ?? ""], at: at("ChildCharacteristics"))
        let disabilities = r.disabilities.isEmpty ? [Disability.noDisability.rawValue] : r.disabilities
        for (i, code) in disabilities.enumerated() {
            census.disabilities.append([id, code], at: at("ChildCharacteristics/Disabilities/Disability[\(i + 1)]"))
        }

        var planNumber = 0
        for (k, episode) in e.included.enumerated() {
            let detailsID = String(k + 1)
            let details = "CINdetails[\(k + 1)]"
            let referral = episode.referral
            census.cinDetails.append([
                id, detailsID, referral.date!.iso, referral.exportCode("source") ?? "", referral.exportCode("primary_need") ?? "",
                referral.endDate?.iso ?? "", referral.exportCode("closure_reason") ?? "", episode.unlinkedConference?.iso ?? "",
                referral.exportBool("nfa").exportFlag,
            ], at: at(details))
            for (a, assessment) in episode.assessments.enumerated() {
                let done = assessment.endDate
                let factors = done == nil ? [] : (assessment.values["factors"]?.codes ?? [])
                let place = "\(details)/Assessments[\(a + 1)]"
                census.assessments.append([
                    id, detailsID, String(a + 1), assessment.date!.iso, "", done?.iso ?? "", factors.joined(separator: ","),
                ], at: at(place))
                for (f, factor) in factors.enumerated() {
                    census.assessmentFactors.append([id, detailsID, String(a + 1), factor],
                                                    at: at("\(place)/FactorsIdentifiedAtAssessment/AssessmentFactors[\(f + 1)]"))
                }
            }
            for (p, plan) in episode.cinPlans.enumerated() {
                census.cinPlanDates.append([id, detailsID, plan.date!.iso, plan.endDate?.iso ?? ""],
                                           at: at("\(details)/CINPlanDates[\(p + 1)]"))
            }
            for (s, enquiry) in episode.enquiries.enumerated() {
                census.section47.append([
                    id, detailsID, enquiry.start.iso, enquiry.target.iso, enquiry.conference?.iso ?? "", enquiry.notRequired ? "1" : "0",
                ], at: at("\(details)/Section47[\(s + 1)]"))
            }
            for (c, plan) in episode.protectionPlans.enumerated() {
                planNumber += 1
                let place = "\(details)/ChildProtectionPlans[\(c + 1)]"
                census.childProtectionPlans.append([
                    id, detailsID, String(planNumber), plan.event.date!.iso, plan.event.endDate?.iso ?? "",
                    plan.event.exportCode("initial_category") ?? "", plan.event.exportCode("latest_category") ?? "",
                    String(plan.previous),
                ], at: at(place))
                for (v, review) in plan.reviews.enumerated() {
                    census.reviews.append([id, detailsID, String(planNumber), review.iso],
                                          at: at("\(place)/Reviews/CPPreviewDate[\(v + 1)]"))
                }
            }
        }
    }
}

/// One child's CIN episodes and what belongs to each, as the census reports them.
struct ExportCINEpisodes {
    struct Enquiry {
        let start: Day
        let target: Day
        let conference: Day?
        let notRequired: Bool
    }

    struct ProtectionPlan {
        let event: JourneyEvent
        let previous: Int
        let reviews: [Day]
    }

    struct Episode {
        let referral: JourneyEvent
        var assessments: [JourneyEvent] = []
        var cinPlans: [JourneyEvent] = []
        var enquiries: [Enquiry] = []
        var protectionPlans: [ProtectionPlan] = []
        var unlinkedConference: Day?
    }

    /// The episodes open at any time in the census year, in referral order.
    let included: [Episode]

    init(_ r: ExportRecords, census: CINCensusBuilder) {
        let start = census.censusStart
        let referrals = r[.referral]
        func inYear(_ event: JourneyEvent) -> Bool { event.endDate.map { $0 >= start } ?? true }
        var episodes = referrals.map { Episode(referral: $0) }
        func episode(on day: Day) -> Int? {
            let open = referrals.indices.filter { referrals[$0].exportOpen(on: day) }
            return open.last { referrals[$0].exportBool("nfa") != true } ?? open.last
        }

        for assessment in r[.assessment] where inYear(assessment) {
            if let k = episode(on: assessment.date!) { episodes[k].assessments.append(assessment) }
        }
        for plan in r[.childInNeedPlan] where inYear(plan) {
            if let k = episode(on: plan.date!) { episodes[k].cinPlans.append(plan) }
        }

        let conferences = r[.conference]
        let initial = conferences.filter { $0.exportCode("conference_type") == ConferenceType.initial.rawValue }
        let enquiries = r[.section47]
        let discussions = r[.strategyDiscussion]
        var linked = Set<Int>()
        for (i, enquiry) in enquiries.enumerated() {
            let begun = enquiry.date!
            let next = i + 1 < enquiries.count ? enquiries[i + 1].date : nil
            let conference = initial.first { c in c.date! >= begun && next.map { c.date! < $0 } ?? true }
            if let conference { linked.insert(conference.id) }
            let held = conference?.date
            let outcome = enquiry.exportCode("outcome")
            let notRequired = enquiry.exportBool("conference_not_required") == true
                || (held == nil && outcome != nil && outcome != Section47Outcome.substantiatedConference.rawValue)
            let open = held.map { $0 >= start } ?? (enquiry.endDate.map { $0 >= start } ?? true)
            guard open, let k = episode(on: begun) else { continue }
            let discussion = discussions.last { $0.date! <= begun }?.date ?? begun
            episodes[k].enquiries.append(Enquiry(start: begun, target: census.calendar.adding(workingDays: 15, to: discussion),
                                                 conference: held, notRequired: notRequired && held == nil))
        }
        let unlinked = conferences.filter { c in
            let type = c.exportCode("conference_type")
            return (type == ConferenceType.initial.rawValue && !linked.contains(c.id)) || type == ConferenceType.transferIn.rawValue
        }
        for conference in unlinked where conference.date! >= start {
            if let k = episode(on: conference.date!) { episodes[k].unlinkedConference = conference.date }
        }

        let plans = r[.childProtectionPlan]
        let reviews = conferences.filter { $0.exportCode("conference_type") == ConferenceType.review.rawValue }.compactMap(\.date)
        for (i, plan) in plans.enumerated() where inYear(plan) {
            guard let k = episode(on: plan.date!) else { continue }
            let held = reviews.filter { day in day > plan.date! && day >= start && plan.endDate.map { day <= $0 } ?? true }
            episodes[k].protectionPlans.append(ProtectionPlan(event: plan, previous: i, reviews: held))
        }
        included = episodes.filter { inYear($0.referral) }
    }
}
