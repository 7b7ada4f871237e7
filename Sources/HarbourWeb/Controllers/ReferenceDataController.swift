import Foundation
import HarbourCore
import HarbourStore
import Plot
import Vapor

/// The reference data figures are read against: population estimates for rates per 10,000,
/// and each indicator's target, amber tolerance and benchmarks. Analysts edit them; every
/// edit is a new row, so what a past board report used can still be seen.
enum ReferenceDataController {
    static let path = "/reference-data"

    @Sendable static func index(req: Request) async throws -> Response {
        try req.require(.editReferenceData)
        return try await indexPage(req, input: FormInput(urlEncoded: ""), errors: [])
    }

    static func indexPage(_ req: Request, input: FormInput, errors: [FieldError], banner: String? = nil) async throws -> Response {
        let population = try await req.indicators.population()
        let references = try await req.indicators.references()
        var context = req.pageContext
        context.current = "dashboard"
        context.banner = banner
        let renderer = FormRenderer(input: input, errors: errors)
        let estimates = population.estimates.sorted { $0.key > $1.key }
        let indicatorRows: [[Body]] = Indicator.catalogue.map { indicator in
            let reference = references[indicator.id] ?? IndicatorReference(indicator)
            let target = reference.target.map { DashboardController.format($0, indicator) } ?? "None"
            let benchmarks = reference.benchmarks.isEmpty ? "None" : reference.benchmarks.map {
                "\($0.comparator.label) \(DashboardController.format($0.value, indicator)) (\($0.year))"
            }.joined(separator: "; ")
            return [text(indicator.id), text(indicator.title), text(target), text(benchmarks),
                    tag("a", ["class": "govuk-link", "href": "\(path)/indicators/\(indicator.id)"], [
                        text("Change"), tag("span", ["class": "govuk-visually-hidden"], text(" target and benchmarks for \(indicator.title)")),
                    ])]
        }
        return Layout.render(title: "Reference data", context: context, status: errors.isEmpty ? .ok : .unprocessableEntity,
                             backLink: ("Back to the dashboard", "/dashboard"), [
            Layout.errorSummary(errors),
            heading(1, "Reference data", class: "govuk-heading-l"),
            paragraph("Rates per 10,000 children divide by the population estimate for the year; RAG ratings compare each figure with its target. Every change is kept."),
            heading(2, "Population estimates", class: "govuk-heading-m"),
            estimates.isEmpty ? paragraph("No estimates yet: rates per 10,000 show \"No data\".")
                : Layout.table(caption: "Children aged 0 to 17, mid-year estimates", id: "population", headers: ["Mid-year", "Children", "Used for"],
                               rows: estimates.map { year, children in
                                   [text(String(year)), text(Charts.format(Double(children), .count)), text("\(year)-\(String(format: "%02d", (year + 1) % 100)) and periods in it")]
                               }),
            population.source.isEmpty ? .empty : paragraph("Source: \(population.source)", class: "govuk-body govuk-hint"),
            tag("form", ["method": "post", "action": "\(path)/population", "novalidate": "novalidate"],
                [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken]),
                 heading(3, "Add or replace a year's estimate", class: "govuk-heading-s")]
                + renderer.fields(Population.formSpec)
                + [tag("button", ["type": "submit", "class": "govuk-button govuk-button--secondary"], text("Save estimate"))]),
            heading(2, "Targets and benchmarks", class: "govuk-heading-m"),
            Layout.table(caption: nil, id: "references", headers: ["Id", "Indicator", "Target", "Benchmarks", ""], rows: indicatorRows),
        ])
    }

    @Sendable static func savePopulation(req: Request) async throws -> Response {
        let user = try req.require(.editReferenceData)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try Population.formSpec.read(form: input, today: req.store.today).get()
            let year = values["year"]?.integer ?? 0
            let children = values["children"]?.integer ?? 0
            try await req.indicators.savePopulation(year: year, children: children, source: values["source"]?.text ?? "", by: user.id!)
            req.logger.notice("Population estimate for \(year) changed by user \(user.id ?? 0)")
            return try await indexPage(req, input: FormInput(urlEncoded: ""), errors: [],
                                       banner: "Population estimate for mid-\(year) saved: \(Charts.format(Double(children), .count)) children.")
        } catch let failure as ValidationFailure {
            return try await indexPage(req, input: input, errors: failure.errors)
        }
    }

    @Sendable static func indicator(req: Request) async throws -> Response {
        try req.require(.editReferenceData)
        let indicator = try req.indicator()
        let reference = try await req.indicators.reference(indicator)
        return indicatorPage(req, indicator, input: FormInput(IndicatorReference.formSpec, reference.formValues), errors: [])
    }

    static func indicatorPage(_ req: Request, _ indicator: Indicator, input: FormInput, errors: [FieldError]) -> Response {
        var context = req.pageContext
        context.current = "dashboard"
        let renderer = FormRenderer(input: input, errors: errors)
        let polarity = indicator.polarity.label.lowercased()
        return Layout.render(title: "Target and benchmarks: \(indicator.title)", context: context,
                             status: errors.isEmpty ? .ok : .unprocessableEntity, backLink: ("Back to reference data", path), [
            Layout.errorSummary(errors),
            tag("span", ["class": "govuk-caption-l"], text("\(indicator.area.title) · \(indicator.id)")),
            heading(1, "Target and benchmarks: \(indicator.title)", class: "govuk-heading-l"),
            paragraph("Unit: \(indicator.statistic.unit). Which way is better: \(polarity). Figures on the wrong side of the target by more than the amber tolerance are red."),
            tag("form", ["method": "post", "action": "\(path)/indicators/\(indicator.id)", "novalidate": "novalidate"],
                [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken])]
                + renderer.fields(IndicatorReference.formSpec)
                + [tag("button", ["type": "submit", "class": "govuk-button"], text("Save target and benchmarks"))]),
        ])
    }

    @Sendable static func saveIndicator(req: Request) async throws -> Response {
        let user = try req.require(.editReferenceData)
        let indicator = try req.indicator()
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try IndicatorReference.formSpec.read(form: input, today: req.store.today).get()
            let reference = try IndicatorReference(form: values, for: indicator)
            try await req.indicators.saveReference(reference, for: indicator, by: user.id!)
            req.logger.notice("Target and benchmarks of \(indicator.id) changed by user \(user.id ?? 0)")
            return req.redirect(to: "/dashboard/\(indicator.id)")
        } catch let failure as ValidationFailure {
            return indicatorPage(req, indicator, input: input, errors: failure.errors)
        }
    }
}
