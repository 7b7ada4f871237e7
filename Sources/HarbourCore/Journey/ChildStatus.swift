/// Where a child is in their journey on a given day, worked out from their records.
public struct ChildStatus: Sendable, Hashable {
    public enum Tag: String, Sendable, CaseIterable {
        case referralOpen = "Open referral"
        case childInNeed = "Child in need"
        case childProtection = "Child protection plan"
        case lookedAfter = "Looked after"
        case careLeaver = "Care leaver"
        case closed = "Closed"
    }

    public let tags: [Tag]
    public let openReferral: JourneyEvent?
    public let openPeriodOfCare: JourneyEvent?
    public let currentPlacement: JourneyEvent?
    public let openCPPlan: JourneyEvent?
    public let openCINPlan: JourneyEvent?
    public let latestCareLeaverRecord: JourneyEvent?
    public let lastVisit: JourneyEvent?
    public let lastSeenVisit: JourneyEvent?

    public init(events: [JourneyEvent], on day: Day) {
        func open(_ kind: EventKind) -> JourneyEvent? {
            events.filter { $0.kind == kind && ($0.date.map { $0 <= day } ?? false) && ($0.endDate.map { $0 > day } ?? true) }
                .max { ($0.date!, $0.id) < ($1.date!, $1.id) }
        }
        func latest(_ kind: EventKind, where keep: (JourneyEvent) -> Bool = { _ in true }) -> JourneyEvent? {
            events.filter { $0.kind == kind && keep($0) && ($0.date.map { $0 <= day } ?? false) }
                .max { ($0.date!, $0.id) < ($1.date!, $1.id) }
        }
        openReferral = open(.referral)
        openPeriodOfCare = open(.periodOfCare)
        currentPlacement = openPeriodOfCare == nil ? nil : open(.placement)
        openCPPlan = open(.childProtectionPlan)
        openCINPlan = open(.childInNeedPlan)
        lastVisit = latest(.visit)
        lastSeenVisit = latest(.visit) { $0.values["child_seen"]?.bool == true }
        let leaver = latest(.careLeaver)
        latestCareLeaverRecord = leaver

        var tags = [Tag]()
        if openPeriodOfCare != nil { tags.append(.lookedAfter) }
        if openCPPlan != nil { tags.append(.childProtection) }
        if openCINPlan != nil || (openReferral != nil && openCPPlan == nil && openPeriodOfCare == nil
                                  && openReferral?.values["primary_need"] != nil) {
            tags.append(.childInNeed)
        } else if openReferral != nil && tags.isEmpty {
            tags.append(.referralOpen)
        }
        if openPeriodOfCare == nil, let leaver, leaver.values["status"] != nil,
           leaver.values["in_touch"]?.code != CareLeaverInTouch.noLongerRequiresServices.rawValue,
           leaver.values["in_touch"]?.code != CareLeaverInTouch.died.rawValue {
            tags.append(.careLeaver)
        }
        self.tags = tags.isEmpty ? [.closed] : tags
    }
}
