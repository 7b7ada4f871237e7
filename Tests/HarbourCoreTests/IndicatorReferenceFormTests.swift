import HarbourCore
import Testing

@Suite("Editing an indicator's target and benchmarks")
struct IndicatorReferenceFormTests {
    let percent = Indicator.named("ASM-01")!
    let rate = Indicator.named("CP-01R") ?? Indicator.catalogue.first { $0.statistic == .ratePer10k }!

    @Test("A complete form gives the target, tolerance and benchmarks typed")
    func reads() throws {
        let reference = try IndicatorReference(form: [
            "target": .text("85%"), "tolerance": .text("5"),
            "england_value": .text("82.1"), "england_year": .text("2023-24"), "england_source": .text("DfE CIN 2024"),
            "neighbours_value": .text("1,234"), "neighbours_year": .text("2022-23"), "neighbours_source": .text("LAIT"),
        ], for: rate)
        #expect(reference.target == 85)
        #expect(reference.tolerance == 5)
        #expect(reference.benchmarks == [Benchmark(.england, 82.1, year: "2023-24", source: "DfE CIN 2024"),
                                         Benchmark(.statisticalNeighbours, 1_234, year: "2022-23", source: "LAIT")])
        // And back to the form's values, as the edit page shows them.
        #expect(reference.formValues["target"] == .text("85"))
        #expect(reference.formValues["england_value"] == .text("82.1"))
        #expect(reference.formValues["region_value"] == nil)
    }

    @Test("An empty form clears the target and benchmarks; a target without tolerance is amber nowhere")
    func clears() throws {
        let empty = try IndicatorReference(form: [:], for: percent)
        #expect(empty == IndicatorReference(target: nil, tolerance: nil, benchmarks: []))
        let bare = try IndicatorReference(form: ["target": .text("90")], for: percent)
        #expect(bare.target == 90)
        #expect(bare.tolerance == 0)
    }

    @Test("Each mistake names its field and says how to put it right")
    func refuses() {
        do {
            _ = try IndicatorReference(form: [
                "target": .text("120"), "tolerance": .text("abc"),
                "england_value": .text("80"), "england_year": .text("2024"),
                "region_year": .text("2023-24"),
            ], for: percent)
            Issue.record("a wrong form was read")
        } catch {
            #expect(error.errors == [
                FieldError("target", "Target must be a percentage from 0 to 100"),
                FieldError("tolerance", "Amber within must be a percentage from 0 to 100"),
                FieldError("england_year", "England benchmark year must be like 2023-24"),
                FieldError("england_source", "Enter where the England benchmark was published"),
                FieldError("region_value", "Enter the regional benchmark, or clear its year and source"),
            ])
        }
        do {
            _ = try IndicatorReference(form: ["tolerance": .text("3"), "england_value": .text("12")], for: rate)
            Issue.record("a tolerance without a target was read")
        } catch {
            #expect(error.errors.map(\.field) == ["target", "england_year", "england_source"])
        }
    }
}
