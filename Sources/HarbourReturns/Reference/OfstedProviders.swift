import Foundation
import HarbourCore

/// Ofsted's register of social care providers by URN (its "Children's homes" and "Social care
/// providers" lists, or the combined list), as the SSDA903 rules read it: the placement types
/// and provider types each setting is registered for, its postcode, and the day its
/// registration ended where it has.
public final class OfstedProviders: Sendable {
    public struct Provider: Sendable, Hashable {
        public var urn: String
        /// SSDA903 placement types (PLACE) the setting is registered for: K2, S1.
        public var placementTypes: Set<String>
        /// SSDA903 placement provider codes (PLACE_PROVIDER): PR1 to PR5.
        public var providerTypes: Set<String>
        /// The setting's postcode as Ofsted lists it.
        public var postcode: String
        /// The local authority the list names (the name as Ofsted writes it).
        public var localAuthority: String
        /// The day the registration ended (deregistered or closed); nil while registered.
        public var registrationEnded: Day?

        public init(urn: String, placementTypes: Set<String>, providerTypes: Set<String>, postcode: String,
                    localAuthority: String = "", registrationEnded: Day? = nil) {
            self.urn = urn
            self.placementTypes = placementTypes
            self.providerTypes = providerTypes
            self.postcode = postcode
            self.localAuthority = localAuthority
            self.registrationEnded = registrationEnded
        }
    }

    /// Identifies this list, for the values rules work out from it once per return.
    public let id = UUID()
    private let providers: [String: Provider]

    public init(_ providers: [Provider]) {
        var byURN: [String: Provider] = [:]
        for provider in providers { byURN[Self.key(provider.urn)] = provider }
        self.providers = byURN
    }

    public var count: Int { providers.count }

    /// The provider with this URN; nil when Ofsted does not list it.
    public subscript(urn: String) -> Provider? { providers[Self.key(urn)] }

    static func key(_ urn: String) -> String { urn.trimmingCharacters(in: .whitespaces).uppercased() }
}

/// Reads Ofsted's list of social care providers as CSV: the combined list's columns URN, Local
/// authority, Placement code, Placement provider code, Deregistration date and Setting address
/// postcode (names in any case; the children's homes list's Provider placement code, Closed
/// date and Setting postcode are read too). Placement and provider codes are separated by
/// commas or slashes ("K1,K2", "PR1/PR2"); dates are dd/mm/yyyy or yyyy-mm-dd. Save Ofsted's
/// workbook as CSV UTF-8 (one sheet, or the sheets one after another with one header).
public enum OfstedProvidersReader {
    public static func read(contentsOf url: URL) throws -> OfstedProviders {
        try read(ReferenceCSV.contents(of: url), file: url.path)
    }

    public static func read(_ data: Data, file: String) throws -> OfstedProviders {
        var problems: [ReturnFileProblem] = []
        var providers: [String: OfstedProviders.Provider] = [:]
        var order: [String] = []
        var columns: (urn: Int, place: Int, provider: Int, postcode: Int, la: Int?, ended: Int?)?
        var names: [String] = []
        var sawHeader = false
        func problem(_ line: Int, _ column: String?, _ message: String) {
            problems.append(ReturnFileProblem(location: SourceLocation(file: file, line: line), column: column, message: message))
        }
        ReferenceCSV.records(data) { record in
            guard sawHeader else {
                sawHeader = true
                names = (0..<record.count).map { record[$0] }
                let header = ReferenceHeader(names: names)
                let urn = header.index(["urn"])
                let place = header.index(["placement code"])
                let provider = header.index(["placement provider code", "provider placement code"])
                let postcode = header.index(["setting address postcode", "setting postcode"])
                var missing: [String] = []
                if urn == nil { missing.append("URN") }
                if place == nil { missing.append("Placement code") }
                if provider == nil { missing.append("Placement provider code") }
                if postcode == nil { missing.append("Setting address postcode") }
                if let urn, let place, let provider, let postcode {
                    columns = (urn, place, provider, postcode, header.index(["local authority", "provider local authority"]),
                               header.index(["deregistration date", "closed date"]))
                } else {
                    problem(record.line, missing.joined(separator: ", "),
                            "this is not Ofsted's social care providers list: the header has no "
                                + missing.joined(separator: ", ") + " column")
                }
                return columns != nil
            }
            guard let columns else { return false }
            // A second header, where the list's sheets were saved one after another.
            if record[columns.urn].trimmingCharacters(in: .whitespaces).lowercased() == "urn" { return true }
            if record.count < names.count {
                problem(record.line, nil, "the row has \(record.count) field\(record.count == 1 ? "" : "s"); the header has \(names.count)")
                return problems.count < PostcodeDirectoryReader.problemLimit
            }
            let urn = record[columns.urn].trimmingCharacters(in: .whitespaces)
            guard !urn.isEmpty else {
                problem(record.line, names[columns.urn], "the URN is blank")
                return problems.count < PostcodeDirectoryReader.problemLimit
            }
            var ended: Day?
            if let index = columns.ended {
                let text = record[index].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    guard let day = ReturnDate.parse(text) else {
                        problem(record.line, names[index], "“\(text)” is not a date (dd/mm/yyyy)")
                        return problems.count < PostcodeDirectoryReader.problemLimit
                    }
                    ended = day
                }
            }
            var provider = OfstedProviders.Provider(
                urn: urn, placementTypes: codes(record[columns.place]), providerTypes: codes(record[columns.provider]),
                postcode: record[columns.postcode].trimmingCharacters(in: .whitespaces),
                localAuthority: columns.la.map { record[$0].trimmingCharacters(in: .whitespaces) } ?? "",
                registrationEnded: ended)
            let key = OfstedProviders.key(urn)
            if let earlier = providers[key] {
                // Listed twice (in two of Ofsted's lists): registered for what either says.
                provider.placementTypes.formUnion(earlier.placementTypes)
                provider.providerTypes.formUnion(earlier.providerTypes)
                if provider.postcode.isEmpty { provider.postcode = earlier.postcode }
                if provider.localAuthority.isEmpty { provider.localAuthority = earlier.localAuthority }
            } else {
                order.append(key)
            }
            providers[key] = provider
            return true
        }
        if !sawHeader { problem(1, nil, "the file is empty: it has no header row") }
        guard problems.isEmpty else { throw ReferenceFileError(problems: problems) }
        return OfstedProviders(order.map { providers[$0]! })
    }

    /// Codes as Ofsted lists them: "K1,K2", "PR1/PR2", in any case.
    static func codes(_ text: String) -> Set<String> {
        Set(text.uppercased().split(whereSeparator: { $0 == "," || $0 == "/" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
