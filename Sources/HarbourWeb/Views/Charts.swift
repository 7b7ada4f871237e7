import Plot

/// Charts for the performance dashboard and the printed board report, drawn on the server as SVG.
/// Each is a figure: the picture, and after it the same numbers as a table for screen readers,
/// print and anyone who wants the exact values. No JavaScript, no external resources, and the same
/// input always gives byte-identical output, so reports can be compared and snapshot-tested.
enum Charts {
    struct ChartPoint: Sendable, Equatable {
        let label: String
        /// nil when there is no data for the point: drawn as a gap, never as zero.
        let value: Double?
    }

    enum ChartUnit: Sendable { case percent, count, rate, days }

    // MARK: - Charts

    /// A line over time: one marker per point, the line broken where a point has no data,
    /// and an optional dashed target line.
    static func trend(id: String, title: String, description: String, points: [ChartPoint], unit: ChartUnit,
                      target: Double? = nil) -> Body {
        let points = points.map(\.finite)
        let target = target.flatMap { $0.isFinite ? $0 : nil }
        let values = points.compactMap(\.value)
        let height = 304.0
        guard !values.isEmpty else {
            return figure(svg(id: id, title: title, description: description, height: height, noData(height: height)),
                          id: id, title: title, firstHeader: "Period", points: points, unit: unit)
        }
        let axis = Axis(largest: (values + [target ?? 0]).max()!, unit: unit)
        let tickLabels = (0...axis.intervals).map { axis.label(Double($0) * axis.step) }
        let left = max(64, width(tickLabels.map(\.count).max()!) + 16)
        let right = 616.0, top = 24.0, bottom = 264.0
        let slot = (right - left) / Double(points.count)
        func x(_ i: Int) -> Double { left + slot * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { bottom - min(max(v, 0), axis.max) / axis.max * (bottom - top) }

        var parts: [String] = []
        for (i, tick) in tickLabels.enumerated() {
            let at = y(Double(i) * axis.step)
            parts.append(line(x1: left, y1: at, x2: right, y2: at, stroke: i == 0 ? Colour.text : Colour.grid))
            parts.append(label(tick, x: left - 8, y: at + 5, anchor: "end", fill: Colour.secondary))
        }
        // Long series show every k-th period label, always including the latest.
        let periodLabels = points.map { shortened($0.label, to: 16) }
        let fits = max(1, min(12, Int((right - left) / (width(periodLabels.map(\.count).max()!) + 8))))
        let every = (points.count + fits - 1) / fits
        for (i, text) in periodLabels.enumerated() where (points.count - 1 - i) % every == 0 {
            parts.append(label(text, x: x(i), y: bottom + 24, anchor: "middle"))
        }
        if let target {
            parts.append(line(x1: left, y1: y(target), x2: right, y2: y(target), stroke: Colour.text, width: 2, dashed: true))
        }
        for run in runs(points) where run.count > 1 {
            let coordinates = run.map { "\(coord(x($0))),\(coord(y(points[$0].value!)))" }.joined(separator: " ")
            parts.append("<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(Colour.blue)\" stroke-width=\"3\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
        }
        for (i, point) in points.enumerated() {
            guard let value = point.value else { continue }
            parts.append("<circle cx=\"\(coord(x(i)))\" cy=\"\(coord(y(value)))\" r=\"4\" fill=\"\(Colour.blue)\"/>")
        }
        if let target {
            parts.append(label("Target \(printed(target, unit, trimmed: true))", x: right, y: y(target) - 8, anchor: "end", halo: true))
        }
        return figure(svg(id: id, title: title, description: description, height: height, parts.joined()),
                      id: id, title: title, firstHeader: "Period", points: points, unit: unit)
    }

    /// Horizontal bars, one per item with its label on the left and its value at the bar's end,
    /// and an optional dashed line for a benchmark such as the England average.
    static func bars(id: String, title: String, description: String, bars: [ChartPoint], unit: ChartUnit,
                     benchmark: (label: String, value: Double)? = nil) -> Body {
        let bars = bars.map(\.finite)
        let benchmark = benchmark.flatMap { $0.value.isFinite ? $0 : nil }
        let values = bars.compactMap(\.value)
        guard !values.isEmpty else {
            let height = 120.0
            return figure(svg(id: id, title: title, description: description, height: height, noData(height: height)),
                          id: id, title: title, firstHeader: "Item", points: bars, unit: unit)
        }
        let axis = Axis(largest: (values + [benchmark?.value ?? 0]).max()!, unit: unit)
        let row = 36.0, thickness = 24.0
        let top = benchmark == nil ? 12.0 : 40.0
        let height = top + row * Double(bars.count) + 12
        let itemLabels = bars.map { shortened($0.label, to: 22) }
        let valueLabels = bars.map { format($0.value, unit) }
        let left = min(max(width(itemLabels.map(\.count).max()!) + 16, 96), 240)
        let right = 624 - width(valueLabels.map(\.count).max()!) - 8
        func x(_ v: Double) -> Double { left + min(max(v, 0), axis.max) / axis.max * (right - left) }

        func middle(_ i: Int) -> Double { top + row * Double(i) + row / 2 }
        var parts: [String] = []
        for (i, bar) in bars.enumerated() {
            guard let value = bar.value, x(value) > left else { continue }
            parts.append("<rect x=\"\(coord(left))\" y=\"\(coord(middle(i) - thickness / 2))\" width=\"\(coord(x(value) - left))\" height=\"\(coord(thickness))\" fill=\"\(Colour.blue)\"/>")
        }
        parts.append(line(x1: left, y1: top, x2: left, y2: height - 12, stroke: Colour.text))
        if let benchmark {
            let at = x(benchmark.value)
            let text = "\(benchmark.label) \(printed(benchmark.value, unit, trimmed: true))"
            parts.append(line(x1: at, y1: top - 8, x2: at, y2: height - 4, stroke: Colour.text, width: 2, dashed: true))
            // The label runs away from the nearer edge so it stays inside the picture.
            let leftward = at > (left + right) / 2
            parts.append(label(text, x: leftward ? at - 4 : at + 4, y: top - 14, anchor: leftward ? "end" : "start"))
        }
        // Labels last, so the benchmark line passes behind them.
        for (i, bar) in bars.enumerated() {
            parts.append(label(itemLabels[i], x: left - 8, y: middle(i) + 5, anchor: "end"))
            parts.append(label(valueLabels[i], x: x(bar.value ?? 0) + 6, y: middle(i) + 5,
                               fill: bar.value == nil ? Colour.secondary : Colour.text, halo: true))
        }
        return figure(svg(id: id, title: title, description: description, height: height, parts.joined()),
                      id: id, title: title, firstHeader: "Item", points: bars, unit: unit)
    }

    // MARK: - Numbers

    /// A value as the chart and its table print it: "93.7%", "1,234", "845.4", "426 days"; "No data" for nil.
    static func format(_ value: Double?, _ unit: ChartUnit) -> String {
        guard let value, value.isFinite else { return "No data" }
        return printed(value, unit, trimmed: false)
    }

    /// `trimmed` drops the decimal from whole numbers, for round figures such as "Target 90%".
    private static func printed(_ value: Double, _ unit: ChartUnit, trimmed: Bool) -> String {
        let whole = trimmed && value == value.rounded()
        switch unit {
        case .percent: return fixed(value, decimals: whole ? 0 : 1) + "%"
        case .count: return fixed(value, decimals: 0)
        case .rate: return fixed(value, decimals: whole ? 0 : 1)
        case .days:
            let days = fixed(value, decimals: 0)
            return days == "1" ? "1 day" : "\(days) days"
        }
    }

    /// `value` rounded to `decimals` places, optionally with commas between thousands. Done by hand
    /// so the output never depends on the server's locale.
    private static func fixed(_ value: Double, decimals: Int, grouped: Bool = true) -> String {
        var unit = 1
        for _ in 0..<decimals { unit *= 10 }
        let scaled = (abs(value) * Double(unit)).rounded()
        // Far beyond any indicator; converting to Int would trap.
        guard scaled < 1e15 else { return value.description }
        let n = Int(scaled)
        var digits = String(n / unit)
        if grouped {
            var withCommas = ""
            for (i, digit) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { withCommas.append(",") }
                withCommas.append(digit)
            }
            digits = withCommas
        }
        let fraction = String(n % unit)
        let sign = value < 0 && n != 0 ? "-" : ""
        return sign + digits + (decimals > 0 ? "." + String(repeating: "0", count: decimals - fraction.count) + fraction : "")
    }

    /// A coordinate to one decimal place, without a needless ".0".
    private static func coord(_ v: Double) -> String {
        let s = fixed(v.isFinite ? v : 0, decimals: 1, grouped: false)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// The value axis: from zero to a round number at or above the largest value, in 3 to 5 equal steps.
    /// Percentages above 50 use the whole of 0–100%, so a fall from 95% to 90% does not look like a collapse.
    private struct Axis {
        let max: Double
        let step: Double
        let intervals: Int
        let unit: ChartUnit

        init(largest: Double, unit: ChartUnit) {
            self.unit = unit
            if unit == .percent && largest > 50 && largest <= 100 {
                (max, step, intervals) = (100, 25, 4)
                return
            }
            let wholeNumbers = unit == .count || unit == .days
            let top = largest > 1e-9 ? largest : 1
            let least = wholeNumbers ? Swift.max(top / 5, 1) : top / 5
            var magnitude = 1.0
            while magnitude * 10 <= least { magnitude *= 10 }
            while magnitude > least { magnitude /= 10 }
            step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }
                .first { $0 >= least && !(wholeNumbers && $0 != $0.rounded()) } ?? 10 * magnitude
            intervals = Swift.max(3, Int((top / step - 1e-9).rounded(.up)))
            max = step * Double(intervals)
        }

        /// A tick's label: as many decimals as the step needs, and "%" for percentages.
        func label(_ value: Double) -> String {
            var decimals = 0, scale = 1.0
            while decimals < 6 && abs((step * scale).rounded() - step * scale) > 1e-6 { decimals += 1; scale *= 10 }
            return Charts.fixed(value, decimals: decimals) + (unit == .percent ? "%" : "")
        }
    }

    // MARK: - Drawing

    /// GOV.UK colours: the blue and the text colours have at least 3:1 contrast against white.
    private enum Colour {
        static let blue = "#1d70b8"
        static let text = "#0b0c0c"
        static let secondary = "#505a5f"
        static let grid = "#b1b4b6"
    }

    /// Rough width of text at the charts' font size, for laying out labels without measuring them.
    private static func width(_ characters: Int) -> Double { Double(characters) * 9 }

    private static func shortened(_ s: String, to limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    /// Indices of consecutive points that have data: each run is one unbroken stretch of line.
    private static func runs(_ points: [ChartPoint]) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for (i, point) in points.enumerated() {
            if point.value == nil {
                if !current.isEmpty { runs.append(current); current = [] }
            } else {
                current.append(i)
            }
        }
        return current.isEmpty ? runs : runs + [current]
    }

    private static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                             dashed: Bool = false) -> String {
        "<line x1=\"\(coord(x1))\" y1=\"\(coord(y1))\" x2=\"\(coord(x2))\" y2=\"\(coord(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(coord(width))\""
            + (dashed ? " stroke-dasharray=\"8 5\"" : "") + "/>"
    }

    /// Text; `halo` outlines it in white so it stays legible where it crosses a line or a bar.
    private static func label(_ s: String, x: Double, y: Double, anchor: String = "start", fill: String = Colour.text,
                              halo: Bool = false) -> String {
        "<text x=\"\(coord(x))\" y=\"\(coord(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
            + (halo ? " stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"" : "")
            + ">\(htmlEscape(s))</text>"
    }

    private static func noData(height: Double) -> String {
        "<rect x=\"1\" y=\"1\" width=\"638\" height=\"\(coord(height - 2))\" fill=\"none\" stroke=\"\(Colour.grid)\" stroke-width=\"2\"/>"
            + label("No data for this period", x: 320, y: height / 2 + 5, anchor: "middle", fill: Colour.secondary)
    }

    private static func svg(id: String, title: String, description: String, height: Double, _ content: String) -> String {
        let id = htmlEscape(id)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"harbour-chart__svg\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 640 \(coord(height))\" "
            + "font-family=\"'GDS Transport', arial, sans-serif\" font-size=\"16\">"
            + "<title id=\"\(id)-title\">\(htmlEscape(title))</title><desc id=\"\(id)-desc\">\(htmlEscape(description))</desc>"
            + content + "</svg>"
    }

    /// The chart, then its numbers in a table inside a details element (open on screen by a click, in print by CSS).
    private static func figure(_ svg: String, id: String, title: String, firstHeader: String, points: [ChartPoint],
                               unit: ChartUnit) -> Body {
        tag("figure", ["class": "harbour-chart"], [
            .raw(svg),
            tag("details", ["class": "govuk-details"], [
                tag("summary", ["class": "govuk-details__summary"],
                    tag("span", ["class": "govuk-details__summary-text"], text("Data table"))),
                tag("div", ["class": "govuk-details__text"],
                    Layout.table(caption: title, id: "\(id)-table", headers: [firstHeader, "Value"],
                                 rows: points.map { [text($0.label), text(format($0.value, unit))] })),
            ]),
        ])
    }
}

private extension Charts.ChartPoint {
    /// The point with an infinite or NaN value treated as no data, so nothing impossible is drawn.
    var finite: Self { Self(label: label, value: value.flatMap { $0.isFinite ? $0 : nil }) }
}
