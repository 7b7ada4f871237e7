import HarbourCore

/// Data-quality defects of the kinds councils' data really has, so validation has something to find.
enum Defects {
    /// Spoils `child` in one way with probability `rate`; may return a duplicate record of the child.
    static func apply(_ child: inout SyntheticChild, rate: Double, rng: inout SeededRandom) -> SyntheticChild? {
        guard rate > 0, rng.chance(rate) else { return nil }
        switch rng.int(0...4) {
        case 0:
            child.values["upn"] = nil
            child.values["upn_unknown"] = nil
        case 1:
            if case .text(let upn)? = child.values["upn"] {
                let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ").filter { $0 != upn.first }
                child.values["upn"] = .text(String(rng.element(letters)) + upn.dropFirst())
            }
        case 2:
            return SyntheticChild(values: child.values, events: [])
        case 3:
            child.values["ethnicity"] = nil
        default:
            // An imported row with its dates the wrong way round.
            if let index = child.events.firstIndex(where: { event in event.kind.spec.endField.flatMap { event.values[$0] } != nil }) {
                let spec = child.events[index].kind.spec
                let start = child.events[index].values[spec.dateField!]
                child.events[index].values[spec.dateField!] = child.events[index].values[spec.endField!]
                child.events[index].values[spec.endField!] = start
            }
        }
        return nil
    }
}
