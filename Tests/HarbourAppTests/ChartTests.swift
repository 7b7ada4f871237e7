@testable import HarbourWeb
import Testing

/// The dashboard's SVG charts: positions worked out by hand from the plot area, numbers printed
/// without the locale, text escaped, and nothing impossible drawn. No database needed.
@Suite("Charts")
struct ChartTests {
    typealias Point = Charts.ChartPoint

    func points(_ values: [Double?]) -> [Point] {
        values.enumerated().map { Point(label: "P\($0.offset + 1)", value: $0.element) }
    }

    func trend(_ values: [Double?], unit: Charts.ChartUnit = .percent, target: Double? = nil, title: String = "Visits on time") -> String {
        Charts.trend(id: "visits", title: title, description: "Share of visits on time by month", points: points(values),
                     unit: unit, target: target).render()
    }

    /// The values of every `name="…"` attribute in `svg`, in order.
    func attributes(_ name: String, in svg: String) -> [String] {
        svg.split(separator: " \(name)=\"", omittingEmptySubsequences: false).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("Values are printed with fixed decimals and thousands separators")
    func format() {
        #expect(Charts.format(93.66, .percent) == "93.7%")
        #expect(Charts.format(1234, .count) == "1,234")
        #expect(Charts.format(1_234_567, .count) == "1,234,567")
        #expect(Charts.format(nil, .percent) == "No data")
        #expect(Charts.format(.nan, .rate) == "No data")
        #expect(Charts.format(845.44, .rate) == "845.4")
        #expect(Charts.format(12_345.67, .rate) == "12,345.7")
        #expect(Charts.format(426.4, .days) == "426 days")
        #expect(Charts.format(1, .days) == "1 day")
        #expect(Charts.format(0, .percent) == "0.0%")
        #expect(Charts.format(-0.04, .rate) == "0.0")
        #expect(Charts.format(-1234.5, .rate) == "-1,234.5")
    }

    @Test("A percentage trend sits on a 0–100% axis: points at the positions worked out by hand")
    func trendPositions() {
        // Plot area x 64…616, y 24 (100%) … 264 (0%); three points in slots 184 wide, at their centres.
        let svg = trend([50, 75, 100])
        #expect(attributes("points", in: svg) == ["156,144 340,84 524,24"])
        #expect(attributes("cx", in: svg) == ["156", "340", "524"])
        #expect(attributes("cy", in: svg) == ["144", "84", "24"])
        for tick in ["0%", "25%", "50%", "75%", "100%"] { #expect(svg.contains(">\(tick)</text>")) }
        // Gridlines from 0% (the axis) to 100%, every 60 units.
        #expect(svg.contains("<line x1=\"64\" y1=\"264\" x2=\"616\" y2=\"264\" stroke=\"#0b0c0c\""))
        #expect(svg.contains("<line x1=\"64\" y1=\"204\" x2=\"616\" y2=\"204\" stroke=\"#b1b4b6\""))
        for label in ["P1", "P2", "P3"] { #expect(svg.contains(">\(label)</text>")) }
    }

    @Test("A point with no data breaks the line in two rather than dropping to zero")
    func gaps() {
        // Five slots of 110.4 from x = 64; 60% is at y 120 and 80% at 72.
        let svg = trend([50, 75, nil, 60, 80])
        #expect(attributes("points", in: svg) == ["119.2,144 229.6,84", "450.4,120 560.8,72"])
        #expect(attributes("cx", in: svg) == ["119.2", "229.6", "450.4", "560.8"])
        #expect(svg.contains(">No data</td>"))
    }

    @Test("Small percentages get a round axis of their own; counts get round steps with separators")
    func axes() {
        let small = trend([10, 22])
        #expect(small.contains(">25%</text>") && !small.contains(">100%</text>"))
        #expect(attributes("cy", in: small) == ["168", "52.8"])  // 264 − 10/25 × 240, 264 − 22/25 × 240
        let counts = trend([1234, 800], unit: .count)
        for tick in ["0", "250", "500", "750", "1,000", "1,250"] { #expect(counts.contains(">\(tick)</text>")) }
        #expect(counts.contains(">1,234</td>"))
    }

    @Test("The target is a dashed line labelled with its round value")
    func target() {
        let svg = trend([50, 75, 100], target: 90)
        // 90% is at y 264 − 0.9 × 240 = 48.
        #expect(svg.contains("<line x1=\"64\" y1=\"48\" x2=\"616\" y2=\"48\" stroke=\"#0b0c0c\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>"))
        #expect(svg.contains(">Target 90%</text>"))
    }

    @Test("A long series shows at most 12 period labels, always the latest")
    func thinnedLabels() {
        let months = (1...36).map { Point(label: "M\($0)", value: Double($0)) }
        let svg = Charts.trend(id: "m", title: "Monthly", description: "Three years", points: months, unit: .count).render()
        let shown = (1...36).filter { svg.contains(">M\($0)</text>") }
        #expect(shown == [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36])
        #expect(attributes("cx", in: svg).count == 36)
    }

    @Test("Bars: label on the left, value at the bar's end, the benchmark a dashed line")
    func bars() {
        let svg = Charts.bars(id: "teams", title: "Assessments in 45 days", description: "By team",
                              bars: [Point(label: "North", value: 80), Point(label: "South", value: nil)], unit: .percent,
                              benchmark: (label: "England", value: 90)).render()
        // Labels end at x 96; the widest value ("No data") leaves bars up to x 553; 80% of 457 is 365.6.
        #expect(svg.contains("<rect x=\"96\" y=\"46\" width=\"365.6\" height=\"24\" fill=\"#1d70b8\"/>"))
        #expect(attributes("width", in: svg).filter { $0 != "365.6" }.isEmpty)  // no bar for the item with no data
        #expect(svg.contains(">North</text>") && svg.contains(">80.0%</text>") && svg.contains(">No data</text>"))
        #expect(svg.contains("<line x1=\"507.3\" y1=\"32\" x2=\"507.3\""))  // 96 + 0.9 × 457
        #expect(svg.contains(">England 90%</text>"))
        #expect(svg.contains("<th scope=\"col\" class=\"govuk-table__header\">Item</th>"))
    }

    @Test("Every piece of text is escaped")
    func escaping() {
        let svg = Charts.trend(id: "a\"b", title: "<&>", description: "x < y & z", points: [Point(label: "<b>", value: 1)],
                               unit: .rate).render()
        #expect(svg.contains("<title id=\"a&quot;b-title\">&lt;&amp;&gt;</title>"))
        #expect(svg.contains("<desc id=\"a&quot;b-desc\">x &lt; y &amp; z</desc>"))
        #expect(svg.contains(">&lt;b&gt;</text>"))
        #expect(!svg.contains("<&>") && !svg.contains("<b>"))
    }

    @Test("The picture is an image named by its title and description, and the data table follows it")
    func accessibility() {
        let svg = trend([50, 75, 100])
        #expect(svg.contains("<figure class=\"harbour-chart\"><svg "))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"visits-title visits-desc\" viewBox=\"0 0 640 304\""))
        #expect(svg.contains("><title id=\"visits-title\">Visits on time</title><desc id=\"visits-desc\">"))
        #expect(svg.contains("<details class=\"govuk-details\"><summary class=\"govuk-details__summary\">"
            + "<span class=\"govuk-details__summary-text\">Data table</span></summary><div class=\"govuk-details__text\">"
            + "<table class=\"govuk-table\" id=\"visits-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Visits on time</caption>"))
        #expect(svg.contains(">Period</th>") && svg.contains("<td class=\"govuk-table__cell\">P1</td><td class=\"govuk-table__cell\">50.0%</td>"))
        #expect(!svg.contains("<script"))
    }

    @Test("No data draws a frame with a message, and nothing anywhere is NaN or infinite")
    func noData() {
        let outputs = [
            trend([]), trend([nil, nil]), trend([.nan, .infinity], target: .nan), trend([0, 0]), trend([0], unit: .count),
            Charts.bars(id: "b", title: "T", description: "D", bars: [], unit: .rate).render(),
            Charts.bars(id: "b", title: "T", description: "D", bars: [Point(label: "A", value: -.infinity)], unit: .rate,
                        benchmark: (label: "E", value: .nan)).render(),
            Charts.bars(id: "b", title: "T", description: "D", bars: [Point(label: "A", value: 0)], unit: .days).render(),
        ]
        for svg in outputs.prefix(3) + outputs.dropFirst(5).prefix(2) {
            #expect(svg.contains(">No data for this period</text>") && !svg.contains("<polyline") && !svg.contains("<circle"))
        }
        for svg in outputs {
            let lower = svg.lowercased()
            #expect(!lower.contains("nan") && !lower.contains("inf"))
        }
    }

    @Test("The same input gives byte-identical output")
    func deterministic() {
        let values: [Double?] = [93.66, nil, 88.1, 91.25, 0.5]
        #expect(trend(values, target: 90) == trend(values, target: 90))
        let bars = points([1234, 56.7, nil])
        #expect(Charts.bars(id: "x", title: "T", description: "D", bars: bars, unit: .count, benchmark: ("E", 100)).render()
            == Charts.bars(id: "x", title: "T", description: "D", bars: bars, unit: .count, benchmark: ("E", 100)).render())
    }
}
