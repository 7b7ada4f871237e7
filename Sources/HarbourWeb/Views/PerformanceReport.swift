import Foundation
import HarbourCore
import HarbourStore
import Plot

/// The board report: a one-page RAG summary, the indicators that got worse, then each area's
/// figures and charts with the analysts' commentary. One self-contained HTML file that prints
/// (or turns into PDF) as it shows; the web page and `harbour report performance` both use it.
public enum PerformanceReport {
    /// The report for a period, from the stored figures and the commentary saved for its last month.
    public static func make(_ store: IndicatorStore, period: ReportingPeriod, today: Day, workers: [Int]? = nil,
                            scope: String) async throws -> String {
        let results = try await store.results(period: period, today: today, workers: workers)
        let commentary = try await store.commentary(month: period.endMonth.description)
        return render(results: results, period: period, scope: scope, today: today, commentary: commentary)
    }

    public static func render(results: [IndicatorResult], period: ReportingPeriod, scope: String, today: Day,
                              commentary: [String: IndicatorStore.Commentary]) -> String {
        let worse = results.filter { $0.direction == .worse }
        // The summary fits one page: the counts, then only what is off or near target, worst first.
        let attention = results.filter { $0.rag == .red || $0.rag == .amber }.sorted { ($0.rag == .red ? 0 : 1) < ($1.rag == .red ? 0 : 1) }
        let title = "Children's services performance report: \(period.title)"
        var body: [Body] = [
            tag("header", ["class": "harbour-report__header"], [
                heading(1, title, class: "govuk-heading-l"),
                paragraph("\(scope). Events are counted in the period; children as at \(min(period.lastDay, today).long). Compared with \(period.earlier(by: 1).title). Produced by Harbour on \(today.long) from synthetic data."),
            ]),
            tag("section", ["class": "harbour-report__summary", "aria-labelledby": "summary"], [
                tag("h2", ["class": "govuk-heading-m", "id": "summary"], text("Summary")),
                summaryCounts(results),
                attention.isEmpty ? paragraph("Every indicator with a target is on target.")
                    : Layout.table(caption: "Off target and near target (\(attention.count))", id: "rag-summary",
                                   headers: ["Indicator", "Value", "Target", "RAG", "Change"],
                                   rows: attention.map { r in
                        [text("\(r.indicator.title) (\(r.indicator.id))"), text(DashboardController.format(r.current.value, r.indicator)),
                         text(r.reference.target.map { DashboardController.format($0, r.indicator) } ?? ""),
                         DashboardController.ragTag(r.rag), text(r.direction.label)]
                    }),
                paragraph("Every indicator's value and rating is listed at the end of the report.", class: "govuk-body-s"),
            ]),
            tag("section", ["class": "harbour-report__worse", "aria-labelledby": "worse"], [
                tag("h2", ["class": "govuk-heading-m", "id": "worse"], text("Indicators that got worse (\(worse.count))")),
                worse.isEmpty ? paragraph("None got worse since \(period.earlier(by: 1).title).")
                    : Layout.table(caption: nil, id: "got-worse", headers: ["Indicator", period.earlier(by: 1).title, period.title, "RAG"],
                                   rows: worse.map { r in
                        [text("\(r.indicator.title) (\(r.indicator.id))"), text(DashboardController.format(r.previous.value, r.indicator)),
                         text(DashboardController.format(r.current.value, r.indicator)), DashboardController.ragTag(r.rag)]
                    }),
            ]),
        ]
        for area in IndicatorArea.allCases {
            let rows = results.filter { $0.indicator.area == area }
            guard !rows.isEmpty else { continue }
            var section: [Body] = [tag("h2", ["class": "govuk-heading-l", "id": "area-\(area.rawValue)"], text(area.title))]
            for r in rows {
                let i = r.indicator
                var parts: [Body] = [
                    heading(3, "\(i.title) (\(i.id))", class: "govuk-heading-s"),
                    paragraph("\(DashboardController.format(r.current.value, i)) – \(r.rag.label.lowercased()); \(r.direction.label.lowercased()) since \(period.earlier(by: 1).title) (\(DashboardController.format(r.previous.value, i)))."
                              + (DashboardController.england(r.reference).map { " England: \(DashboardController.format($0.value, i)) (\($0.year))." } ?? "")),
                    paragraph(i.definition, class: "govuk-body-s"),
                ]
                if i.statistic != .breakdown {
                    parts.append(Charts.trend(id: "report-\(i.id)", title: "\(i.title): 12-month trend",
                                              description: "\(i.title) for each of the 12 months to \(period.lastDay.long).",
                                              points: r.trend.map { Charts.ChartPoint(label: $0.range.label, value: $0.figure.value) },
                                              unit: DashboardController.unit(i), target: r.reference.target))
                } else {
                    parts.append(DashboardController.categoryBars(r, id: "report-\(i.id)"))
                }
                if let note = commentary[i.id] {
                    parts.append(tag("div", ["class": "govuk-inset-text"], [tag("p", ["class": "govuk-body"], [tag("strong", [:], text("Commentary: ")), text(note.text)])]))
                }
                section.append(tag("div", ["class": "harbour-report__indicator"], parts))
            }
            body.append(tag("section", ["class": "harbour-report__area"], section))
        }
        body.append(tag("section", ["class": "harbour-report__area", "aria-labelledby": "all-indicators"], [
            tag("h2", ["class": "govuk-heading-l", "id": "all-indicators"], text("Every indicator at a glance")),
            Layout.table(caption: nil, id: "all-indicators-table", headers: ["Area", "Indicator", "Value", "RAG", "Change"],
                         rows: results.map { r in
                [text(r.indicator.area.title), text("\(r.indicator.title) (\(r.indicator.id))"),
                 text(DashboardController.format(r.current.value, r.indicator)), DashboardController.ragTag(r.rag), text(r.direction.label)]
            }),
        ]))
        let html = HTML(
            .lang(.english),
            .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")), .title(title),
                  .raw("<style>\(Stylesheet.css)\n\(printCSS)</style>")),
            .body(.class("govuk-template__body harbour-report"),
                  tag("main", ["class": "govuk-width-container govuk-main-wrapper", "id": "main-content"], body))
        )
        // The data tables beside each chart are open, so they print.
        return "<!DOCTYPE html>" + html.render().replacingOccurrences(of: "<details class=\"govuk-details\"", with: "<details open class=\"govuk-details\"")
    }

    static func summaryCounts(_ results: [IndicatorResult]) -> Body {
        let counts = [RAG.green, .amber, .red].map { rag in (rag, results.filter { $0.rag == rag }.count) }
        return tag("ul", ["class": "govuk-list harbour-report__counts"], counts.map { rag, n in
            tag("li", [:], [DashboardController.ragTag(rag), text(" \(n) indicator\(n == 1 ? "" : "s")")])
        })
    }

    static let printCSS = """
    .harbour-report .govuk-width-container { max-width: 1100px; }
    .harbour-report__indicator { break-inside: avoid; margin-bottom: 30px; }
    .harbour-report__indicator figure { margin: 0; max-width: 640px; }
    @media print {
      @page { size: A4; margin: 15mm; }
      body { font-size: 11pt; color: #000; background: #fff; }
      .harbour-report__summary { break-after: page; }
      .harbour-report__area { break-before: page; }
      .govuk-tag { border: 1px solid #000; color: #000 !important; background: #fff !important; }
      a { color: #000; text-decoration: none; }
      .govuk-details__summary { display: none; }
      .govuk-table { font-size: 9pt; }
      /* The summary is one page: compact rows, ratings on one line. */
      .harbour-report__header h1 { font-size: 20pt; margin-bottom: 3mm; }
      .harbour-report__header p { font-size: 10pt; margin-bottom: 3mm; }
      .harbour-report__summary .govuk-heading-m { font-size: 13pt; margin: 3mm 0 2mm; }
      .harbour-report__summary .govuk-list li { display: inline-block; margin-right: 6mm; }
      .harbour-report__summary .govuk-table { font-size: 8pt; margin-bottom: 2mm; }
      .harbour-report__summary .govuk-table__cell, .harbour-report__summary .govuk-table__header { padding: 0.6mm 2mm 0.6mm 0; }
      .harbour-report__summary .govuk-tag { white-space: nowrap; font-size: 7pt; padding: 0 1mm; }
    }
    """
}
