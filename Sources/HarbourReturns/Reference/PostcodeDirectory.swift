import Foundation

/// Where each postcode is, from the ONS Postcode Directory (ONSPD, or its successor the National
/// Statistics Postcode Directory): the local authority district it lies in, the county above
/// it where there is one, and its grid reference. The SSDA903 rules read three items from it
/// that councils do not send: PL_LA (the upper-tier council the child is placed in), PL_LOCATION
/// (IN or OUT of the council's own area) and PL_DISTANCE (miles from home to placement).
public final class PostcodeDirectory: Sendable {
    /// One postcode's place.
    public struct Place: Sendable, Hashable {
        /// The local authority district (lower tier), as the directory gives it: E07000223, W06000015.
        public var district: String
        /// The county council above the district, nil for a unitary, metropolitan or London
        /// borough (the directory's E99999999 or blank).
        public var county: String?
        /// Ordnance Survey grid reference in metres; nil where the directory has none.
        public var easting: Double?
        public var northing: Double?

        public init(district: String, county: String? = nil, easting: Double? = nil, northing: Double? = nil) {
            self.district = district
            self.county = county
            self.easting = easting
            self.northing = northing
        }

        /// The council responsible for children placed here, as PL_LA holds it: the county for
        /// a two-tier area, otherwise the district; WAL, SCO or NIR outside England, and NUK for
        /// the Channel Islands and the Isle of Man (the DfE's codes; these are not in the UK).
        public var placementLA: String? {
            guard let first = district.first else { return nil }
            switch first {
            case "W": return "WAL"
            case "S": return "SCO"
            case "N": return "NIR"
            case "L", "M": return "NUK"
            default: return county ?? district
            }
        }
    }

    /// Identifies this directory, for the values rules work out from it once per return.
    public let id = UUID()
    private let places: [String: Place]

    /// `places` by postcode, written any way (spaces and case do not matter).
    public init(_ places: [String: Place]) {
        var byKey: [String: Place] = [:]
        for (postcode, place) in places { byKey[Self.key(postcode)] = place }
        self.places = byKey
    }

    /// Places already keyed by `key(_:)`, as the reader makes them.
    init(keyed places: [String: Place]) {
        self.places = places
    }

    public var count: Int { places.count }

    /// The postcode's place; nil when the directory does not have it (a mistyped or made-up
    /// postcode, or a blank).
    public subscript(postcode: String) -> Place? {
        places[Self.key(postcode)]
    }

    /// A postcode as the DfE's validator matches them: capitals, spaces taken out.
    public static func key(_ postcode: String) -> String {
        String(String.UnicodeScalarView(postcode.unicodeScalars.filter { $0 != " " })).uppercased()
    }

    /// Miles between two places as the SSDA903 guidance works them out: the straight line
    /// between grid references in metres, over 1000 and 1.6093, to one decimal place (halves
    /// to even, as the DfE's validator rounds); nil when either has no grid reference.
    public static func miles(_ from: Place, _ to: Place) -> Double? {
        guard let e1 = from.easting, let n1 = from.northing, let e2 = to.easting, let n2 = to.northing else { return nil }
        let de = e1 - e2, dn = n1 - n2
        let miles = (de * de + dn * dn).squareRoot() / 1000 / 1.6093
        return (miles * 10).rounded(.toNearestOrEven) / 10
    }
}
