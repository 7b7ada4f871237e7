import Foundation

/// An indicator's target and benchmarks as an analyst edits them: one form, read and checked
/// here, so the web page and the API refuse the same mistakes with the same words.
extension IndicatorReference {
    /// The benchmark comparators with the form's name for each.
    static let formComparators: [(comparator: Benchmark.Comparator, name: String, phrase: String)] = [
        (.england, "england", "England benchmark"), (.region, "region", "regional benchmark"),
        (.statisticalNeighbours, "neighbours", "statistical neighbours benchmark"),
    ]

    public static let formSpec: RecordSpec = {
        var fields = [
            FieldSpec("target", "Target", .text(maxLength: 20),
                      hint: "In the figure's unit: 85 for 85%, 45.2 for a rate per 10,000. Leave blank for no target."),
            FieldSpec("tolerance", "Amber within", .text(maxLength: 20),
                      hint: "How far on the wrong side of the target is still amber, in the same unit"),
        ]
        for (comparator, name, _) in formComparators {
            fields.append(FieldSpec("\(name)_value", "\(comparator.label) benchmark", .text(maxLength: 20)))
            fields.append(FieldSpec("\(name)_year", "\(comparator.label) benchmark year", .text(maxLength: 7), hint: "As published, for example 2023-24"))
            fields.append(FieldSpec("\(name)_source", "\(comparator.label) benchmark source", .text(maxLength: 200),
                                    hint: "For example, DfE Characteristics of children in need 2024"))
        }
        return RecordSpec(id: "indicator-reference", title: "Target and benchmarks", table: "indicator_reference", fields: fields,
                          dateField: nil, source: "The council's performance framework; published DfE statistics")
    }()

    /// The reference as the form's values.
    public var formValues: FieldValues {
        var values = FieldValues()
        if let target { values["target"] = .text(Self.number(target)) }
        if let tolerance { values["tolerance"] = .text(Self.number(tolerance)) }
        for (comparator, name, _) in Self.formComparators {
            guard let benchmark = benchmarks.first(where: { $0.comparator == comparator }) else { continue }
            values["\(name)_value"] = .text(Self.number(benchmark.value))
            values["\(name)_year"] = .text(benchmark.year)
            values["\(name)_source"] = .text(benchmark.source)
        }
        return values
    }

    /// Reads the form's values for an indicator, or says what is wrong with each field.
    public init(form values: FieldValues, for indicator: Indicator) throws(ValidationFailure) {
        var errors = [FieldError]()
        let range: ClosedRange<Double> = indicator.statistic == .percent ? 0...100 : 0...1_000_000
        let unit = indicator.statistic == .percent ? "a percentage from 0 to 100" : "a number of 0 or more"
        func number(_ field: String, _ label: String) -> Double? {
            guard let text = values[field]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            let cleaned = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let value = Double(cleaned.replacingOccurrences(of: ",", with: "")), value.isFinite, range.contains(value) else {
                errors.append(FieldError(field, "\(label) must be \(unit)"))
                return nil
            }
            return value
        }
        func text(_ field: String) -> String? {
            guard let text = values[field]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        let target = number("target", "Target")
        let tolerance = number("tolerance", "Amber within")
        if tolerance != nil, target == nil, text("target") == nil {
            errors.append(FieldError("target", "Enter a target, or leave amber within blank"))
        }
        var benchmarks = [Benchmark]()
        for (comparator, name, phrase) in Self.formComparators {
            let label = "\(comparator.label) benchmark"
            let value = number("\(name)_value", label)
            let year = text("\(name)_year")
            let source = text("\(name)_source")
            if value == nil, text("\(name)_value") == nil {
                if year != nil || source != nil { errors.append(FieldError("\(name)_value", "Enter the \(phrase), or clear its year and source")) }
                continue
            }
            if let year {
                if !Self.isPublicationYear(year) { errors.append(FieldError("\(name)_year", "\(label) year must be like 2023-24")) }
            } else {
                errors.append(FieldError("\(name)_year", "Enter the year the \(phrase) describes"))
            }
            if source == nil { errors.append(FieldError("\(name)_source", "Enter where the \(phrase) was published")) }
            if let value, let year, let source, Self.isPublicationYear(year) {
                benchmarks.append(Benchmark(comparator, value, year: year, source: source))
            }
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        self.init(target: target, tolerance: target == nil ? nil : (tolerance ?? 0), benchmarks: benchmarks)
    }

    /// "2023-24": a financial or academic year as the DfE publishes it.
    static func isPublicationYear(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let first = Int(parts[0]), let second = Int(parts[1]) else { return false }
        return (first + 1) % 100 == second
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension Population {
    /// A mid-year estimate of the children aged 0 to 17, as an analyst adds it.
    public static let formSpec = RecordSpec(
        id: "population", title: "Population estimate", table: "population_estimates",
        fields: [
            FieldSpec("year", "Mid-year", .integer(1900...2200), required: true, hint: "The year of the 30 June estimate, for example 2024"),
            FieldSpec("children", "Children aged 0 to 17", .integer(1...20_000_000), required: true),
            FieldSpec("source", "Source", .text(maxLength: 200), required: true,
                      hint: "For example, ONS mid-year population estimates 2024"),
        ],
        dateField: nil, source: "ONS mid-year population estimates")
}
