import HarbourCore

/// Checks of Ofsted's Annex A lists before they are sent: the headings are Ofsted's, dates are
/// dd/mm/yyyy and in the lists' period, codes are Ofsted's, numbers are whole numbers, each row
/// names its child, and the lists of children in care, care leavers and adoption have one row
/// per child. Each finding names the file, line and column.
public enum AnnexARules {
    private typealias Spec = AnnexASpec

    /// Every Annex A check, by code.
    public static let all: [Rule<AnnexALists>] = [aa01, aa02, aa03, aa04, aa05, aa06, aa07, aa08]

    /// The checks that can run on these lists, and those that cannot with what they lack.
    public static func runnable(on lists: AnnexALists) -> [Rule<AnnexALists>] { all.filter { $0.needs.allSatisfy(lists.has) } }

    public static func notRun(on lists: AnnexALists) -> [(rule: Rule<AnnexALists>, missing: [ReturnReference])] {
        all.compactMap { rule in
            let missing = rule.needs.filter { !lists.has($0) }.sorted()
            return missing.isEmpty ? nil : (rule, missing)
        }
    }

    /// Flags one cell (or, with no row, the list's header line).
    private static func flag(_ findings: inout Findings, _ table: ReturnTable, row: Int?, _ column: String, file: String? = nil) {
        guard let row else {
            let file = file ?? table.rows.first?.location.file ?? "\(table.name).csv"
            findings.flag(at: SourceLocation(file: file, line: 1), table: table.name, child: "", fields: [column])
            return
        }
        let values = table.rows[row]
        let id = table.columns.firstIndex(of: Spec.idColumn(table.name)).map { $0 < values.values.count ? values.values[$0] : "" } ?? ""
        findings.flag(at: values.location, table: table.name, child: id, fields: [column])
    }

    /// Each non-blank cell of the columns `which` picks, with its row and column.
    private static func cells(_ table: ReturnTable, _ which: (String) -> Bool, _ body: (Int, String, String) -> Void) {
        for (index, heading) in table.columns.enumerated() where which(heading) {
            for (row, values) in table.rows.enumerated() {
                let value = index < values.values.count ? values.values[index].trimmingCharacters(in: .whitespaces) : ""
                if !value.isEmpty { body(row, heading, value) }
            }
        }
    }

    static let aa01 = Rule<AnnexALists>(
        "AA01", "The list's headings are not Ofsted's: a heading is missing, misspelt or not one of the list's.",
        fields: ["headings"]
    ) { lists, findings in
        for table in lists.lists {
            guard let expected = Spec.headings(table.name) else { continue }
            for heading in expected where !table.columns.contains(heading) { flag(&findings, table, row: nil, heading, file: lists.files[table.name]) }
            for heading in table.columns where !expected.contains(heading) { flag(&findings, table, row: nil, heading, file: lists.files[table.name]) }
        }
    }

    static let aa02 = Rule<AnnexALists>(
        "AA02", "The date is not a date in the form dd/mm/yyyy.",
        fields: ["date"]
    ) { lists, findings in
        for table in lists.lists {
            cells(table, Spec.isDate) { row, heading, value in
                if Spec.day(value) == nil { flag(&findings, table, row: row, heading) }
            }
        }
    }

    static let aa03 = Rule<AnnexALists>(
        "AA03", "The date is after the date the lists are drawn up to.",
        fields: ["date"], needs: [.asOfDate]
    ) { lists, findings in
        guard let asOf = lists.asOf else { return }
        for table in lists.lists {
            cells(table, Spec.isDate) { row, heading, value in
                if let day = Spec.day(value), day > asOf { flag(&findings, table, row: row, heading) }
            }
        }
    }

    static let aa04 = Rule<AnnexALists>(
        "AA04", "The row is outside the lists' period: its dates do not place it in the months the lists cover.",
        .query, fields: ["date"], needs: [.asOfDate]
    ) { lists, findings in
        guard let asOf = lists.asOf, let start = lists.periodStart else { return }
        for table in lists.lists {
            guard let period = Spec.period[table.name] else { continue }
            func day(_ row: ReturnRow, _ heading: String) -> Day? {
                table.hasColumn(heading) ? Spec.day(row[table.column(heading)].trimmingCharacters(in: .whitespaces)) : nil
            }
            func inPeriod(_ day: Day?) -> Bool { day.map { $0 >= start && $0 <= asOf } ?? false }
            for (index, row) in table.rows.enumerated() {
                switch period {
                case let .on(heading):
                    if let date = day(row, heading), !inPeriod(date) { flag(&findings, table, row: index, heading) }
                case let .eitherOn(first, second):
                    let a = day(row, first), b = day(row, second)
                    if (a != nil || b != nil) && !inPeriod(a) && !inPeriod(b) { flag(&findings, table, row: index, a != nil ? first : second) }
                case let .open(startHeading, endHeading):
                    if let began = day(row, startHeading), began > asOf { flag(&findings, table, row: index, startHeading) }
                    else if let ended = day(row, endHeading), ended < start { flag(&findings, table, row: index, endHeading) }
                }
            }
        }
    }

    static let aa05 = Rule<AnnexALists>(
        "AA05", "The value is not one of Ofsted's codes for this column.",
        fields: ["code"]
    ) { lists, findings in
        for table in lists.lists {
            cells(table, { Spec.codes[$0] != nil }) { row, heading, value in
                if !Spec.codes[heading]!.contains(Spec.normal(value)) { flag(&findings, table, row: row, heading) }
            }
        }
    }

    static let aa06 = Rule<AnnexALists>(
        "AA06", "A required item is blank: the child's identifier, or the date that places the row in the list.",
        fields: ["required"]
    ) { lists, findings in
        for table in lists.lists {
            var required = [Spec.idColumn(table.name)]
            switch Spec.period[table.name] {
            case let .on(heading)?: required.append(heading)
            case let .open(start, _)?: required.append(start)
            default: break
            }
            for heading in required where table.hasColumn(heading) {
                let column = table.column(heading)
                for (index, row) in table.rows.enumerated() where row.isBlank(column) { flag(&findings, table, row: index, heading) }
            }
            if case let .eitherOn(first, second)? = Spec.period[table.name], table.hasColumn(first), table.hasColumn(second) {
                let a = table.column(first), b = table.column(second)
                for (index, row) in table.rows.enumerated() where row.isBlank(a) && row.isBlank(b) { flag(&findings, table, row: index, first) }
            }
        }
    }

    static let aa07 = Rule<AnnexALists>(
        "AA07", "The child is in this list more than once; Ofsted asks for one row per child in the lists of children in care, care leavers and adoption.",
        fields: ["Child Unique ID"]
    ) { lists, findings in
        for table in lists.lists where Spec.oneRowPerChild.contains(table.name) && table.hasColumn("Child Unique ID") {
            let id = table.column("Child Unique ID")
            var seen: Set<String> = []
            for (index, row) in table.rows.enumerated() where !row.isBlank(id) {
                if !seen.insert(row[id].trimmingCharacters(in: .whitespaces)).inserted { flag(&findings, table, row: index, "Child Unique ID") }
            }
        }
    }

    static let aa08 = Rule<AnnexALists>(
        "AA08", "The value is not a whole number.",
        fields: ["number"]
    ) { lists, findings in
        for table in lists.lists {
            cells(table, Spec.isNumber) { row, heading, value in
                if UInt(value) == nil { flag(&findings, table, row: row, heading) }
            }
        }
    }
}
