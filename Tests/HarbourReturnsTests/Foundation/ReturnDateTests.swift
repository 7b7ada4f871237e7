import HarbourCore
import HarbourReturns
import Testing

@Suite struct ReturnDateTests {
    @Test func readsBothFormsAndRefusesImpossibleDates() {
        #expect(ReturnDate.parse("31/03/2026") == Day(year: 2026, month: 3, day: 31))
        #expect(ReturnDate.parse("2026-03-31") == Day(year: 2026, month: 3, day: 31))
        #expect(ReturnDate.parse(" 01/04/2025 ") == Day(year: 2025, month: 4, day: 1))
        #expect(ReturnDate.parse("29/02/2025") == nil)
        #expect(ReturnDate.parse("1/4/2025") == nil)
        #expect(ReturnDate.parse("2025/04/01") == nil)
        #expect(ReturnDate.parse("") == nil)
    }

    @Test func collectionYearRunsAprilToMarch() {
        let ret = SSDA903Return(collectionYear: 2026)
        #expect(ret.collectionStart == Day(year: 2025, month: 4, day: 1))
        #expect(ret.collectionEnd == Day(year: 2026, month: 3, day: 31))
        #expect(ret.episodes.columns.count == 13)
    }

    @Test func findingsNameTheChildAndTheRow() {
        var ret = SSDA903Return(collectionYear: 2026)
        var episodes = ret.episodes
        episodes.append(["C1", "01/04/2025", "S", "C2", "N1", "U1", "PR1", "", "", "", "", "", ""], at: SourceLocation(file: "episodes.csv", line: 2))
        ret.current.replace(episodes)
        let rule = Rule<SSDA903Return>("X", "Reason for new episode must be T", fields: ["RNE"]) { ret, findings in
            let rne = ret.episodes.column("RNE")
            for (index, row) in ret.episodes.rows.enumerated() where row[rne] != "T" {
                findings.flag(ret.episodes, row: index)
            }
        }
        let found = rule.run(ret)
        #expect(found.count == 1)
        #expect(found.first?.child == "C1")
        #expect(found.first?.line == 2)
        #expect(found.first?.fields == ["RNE"])
    }
}
