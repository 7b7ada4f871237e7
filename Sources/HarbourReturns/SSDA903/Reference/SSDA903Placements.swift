import HarbourCore

/// The items the DfE works out for each episode from its postcodes, as its validator does
/// (`_add_postcode_derived_fields`): PL_LA, the upper-tier council of the placement postcode;
/// PL_LOCATION, IN when that is the council itself and OUT otherwise; PL_DISTANCE, miles from
/// the home postcode to the placement postcode. Each is nil where the postcodes do not give it.
struct SSDA903Placement: Sendable {
    var la: String?
    var location: String?
    var distance: Double?
    /// Whether each postcode given is in the directory (false for a blank one).
    var homeFound: Bool
    var placementFound: Bool
}

enum SSDA903Placements {
    /// Each row's derived items, worked out once per table and directory; nil without the directory.
    static func of(_ episodes: ReturnTable, _ ret: SSDA903Return) -> [SSDA903Placement]? {
        guard let directory = ret.reference.postcodes else { return nil }
        let council = ret.localAuthority
        return episodes.memoized("903 placements \(directory.id) \(council)") {
            let home = episodes.column("HOME_POST"), placed = episodes.column("PL_POST")
            return episodes.rows.map { row in
                let from = directory[row[home]], to = directory[row[placed]]
                let la = to?.placementLA
                return SSDA903Placement(
                    la: la, location: la.map { $0 == council ? "IN" : "OUT" },
                    distance: from.flatMap { from in to.flatMap { PostcodeDirectory.miles(from, $0) } },
                    homeFound: from != nil, placementFound: to != nil)
            }
        }
    }

    /// This year's episodes' items.
    static func current(_ ret: SSDA903Return) -> [SSDA903Placement]? { of(ret.episodes, ret) }

    /// Last year's episodes' items; nil without last year's return or the directory.
    static func last(_ ret: SSDA903Return) -> [SSDA903Placement]? { ret.last.flatMap { of($0.episodes, ret) } }
}
