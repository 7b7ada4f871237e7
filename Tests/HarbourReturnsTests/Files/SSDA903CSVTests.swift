import Foundation
import Testing
@testable import HarbourReturns

@Suite("Reading and writing the SSDA903 CSV files")
struct SSDA903CSVTests {
    private func read(_ files: [(String, String)]) -> SSDA903CSVReader.Result {
        SSDA903CSVReader.read(files.map { (name: $0.0, bytes: Data($0.1.utf8)) })
    }

    /// Counts from Python's csv module on the sample files.
    @Test func samplesHaveTheirRowCounts() throws {
        let result = try SSDA903CSVReader.read(folder: FilesSamples.ssda903)
        #expect(result.problems.isEmpty)
        let counts = Dictionary(uniqueKeysWithValues: result.tables.all.map { ($0.name, $0.rows.count) })
        #expect(counts == [
            "Header": 2675, "Episodes": 5050, "Reviews": 12582, "UASC": 132, "OC2": 2675, "OC3": 53, "AD1": 29,
            "PlacedAdoption": 29, "PrevPerm": 2675, "Missing": 43, "SWEpisodes": 1, "DoLo": 1,
        ])
    }

    @Test func sampleValuesAndLocations() {
        let tables = SSDA903CSVReader.read(FilesSamples.ssda903Files()).tables
        #expect(tables.episodes.rows[1].values == [
            "566910", "14/08/2017", "T", "C2", "N3", "A3", "PR3", "", "X1", "", "EG19 7TT", "WV27 9FW", "8969628",
        ])
        #expect(tables.episodes.rows[1].location == SourceLocation(file: "episodes.csv", line: 3))
        #expect(tables.episodes.rows[5049].location.line == 5051)
        #expect(tables.episodes.value(5049, "CHILD") == "238470")
        #expect(tables.reviews.rows[99].values == ["681415", "09/10/2002", "31/10/2016", "PN5"])
        #expect(tables.reviews.rows[99].location.line == 101)
        #expect(tables.header.value(1, "ETHNIC") == "REFU")
        #expect(tables.header.value(1, "MOTHER") == "")
        // sw_episodes.csv has a byte order mark and CRLF line ends; DoLo.csv has no final line end.
        #expect(tables.swEpisodes.rows[0].values == ["CHILD10", "05/12/1993", "SW999", "01/01/2020", "03/01/2020", "SWLAZY"])
        #expect(tables.dolo.rows[0].values == ["CHILD10", "05/12/1993", "01/01/2025", "02/01/2025"])
        #expect(tables.dolo.rows[0].location == SourceLocation(file: "DoLo.csv", line: 2))
    }

    @Test func samplesWriteAndReadBackToTheSameTables() {
        let tables = SSDA903CSVReader.read(FilesSamples.ssda903Files()).tables
        let files = SSDA903CSVWriter.write(tables)
        #expect(files.map(\.name) == [
            "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
            "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv", "sw_episodes.csv", "dolo.csv",
        ])
        #expect(files[1].text.hasPrefix("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n566910,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,,,4244474\r\n"))
        let back = SSDA903CSVReader.read(files.map { (name: $0.name, bytes: Data($0.text.utf8)) })
        #expect(back.problems.isEmpty)
        for (mine, theirs) in zip(tables.all, back.tables.all) {
            #expect(mine.rows.map(\.values) == theirs.rows.map(\.values), "\(mine.name)")
            #expect(mine.rows.map(\.location.line) == theirs.rows.map(\.location.line), "\(mine.name)")
        }
    }

    @Test func columnsInAnyOrderQuotesAndCase() {
        let csv = "\u{FEFF}DOB,CHILD,DUC,SEX\r\n01/02/2010,\"A,1\",\"say \"\"hi\"\"\",1\r\n\r\n02/02/2010,\"line\nbreak\",,m\r\n"
        let result = read([("uasc export.csv", csv)])
        #expect(result.problems.isEmpty)
        #expect(result.tables.uasc.rows.map(\.values) == [
            ["A,1", "1", "01/02/2010", "SAY \"HI\""], ["LINE\nBREAK", "M", "02/02/2010", ""],
        ])
        #expect(result.tables.uasc.rows.map(\.location.line) == [2, 4])
        let written = ReturnCSV.text(result.tables.uasc, columns: SSDA903Tables.columns[3].columns)
        #expect(written == "CHILD,SEX,DOB,DUC\r\n\"A,1\",1,01/02/2010,\"SAY \"\"HI\"\"\"\r\n\"LINE\nBREAK\",M,02/02/2010,\r\n")
    }

    @Test func aFileMatchingNoTableNamesTheClosest() {
        let result = read([("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN_NUMBER\n1,2\n")])
        #expect(result.tables.episodes.rows.isEmpty)
        #expect(result.problems == [ReturnFileProblem(
            location: SourceLocation(file: "episodes.csv", line: 1), column: "URN, URN_NUMBER",
            message: "the columns match no SSDA903 table; the closest is Episodes (missing URN; extra “URN_NUMBER”); the file is not read")])
    }

    @Test func wrongFieldCountsAreProblemsAtTheirLineAndColumn() {
        let result = read([("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\n1,01/01/2010,M\n2,01/01/2010,A,01/01/2020,02/01/2020,EXTRA\n")])
        #expect(result.tables.missing.rows.map(\.values) == [
            ["1", "01/01/2010", "M", "", ""], ["2", "01/01/2010", "A", "01/01/2020", "02/01/2020"],
        ])
        #expect(result.problems.map(\.description) == [
            "missing.csv:2 [MIS_START]: the row has 3 fields; the header has 5",
            "missing.csv:3 [field 6]: the row has 6 fields; the header has 5",
        ])
    }

    @Test func bytesThatAreNotUTF8AreProblemsAtTheirColumn() {
        let bytes = Data("CHILD,DOB,DOLO_START,DOLO_END\n1,01/01/2010,".utf8) + Data([0x31, 0xE9]) + Data(",\n".utf8)
        let result = SSDA903CSVReader.read([(name: "dolo.csv", bytes: bytes)])
        #expect(result.problems.map(\.description) == [
            "dolo.csv:2 [DOLO_START]: byte 0xE9 is not UTF-8; save the file as CSV UTF-8",
        ])
        #expect(result.tables.dolo.value(0, "DOLO_START") == "1\u{FFFD}")
    }

    @Test func theSameTableTwiceKeepsTheFirst() {
        let result = read([
            ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n1,01/01/2005,YES,F1,B\n"),
            ("oc3 copy.csv", "CHILD,DOB,ACCOM,ACTIV,IN_TOUCH\n2,01/01/2005,B,F1,YES\n"),
        ])
        #expect(result.tables.oc3.rows.map { $0[result.tables.oc3.column("CHILD")] } == ["1"])
        #expect(result.problems.map(\.description) == [
            "oc3 copy.csv:1 [CHILD,DOB,ACCOM,ACTIV,IN_TOUCH]: OC3 is already given in oc3.csv; this file is not read",
        ])
    }

    @Test func otherBadFiles() {
        let result = SSDA903CSVReader.read([
            (name: "empty.csv", bytes: Data()),
            (name: "twice.csv", bytes: Data("CHILD,CHILD,DOB\n".utf8)),
            (name: "open.csv", bytes: Data("CHILD,DOB,REVIEW,REVIEW_CODE\n1,\"01/01/2010,02/02/2020,PN1\n".utf8)),
            (name: "utf16.csv", bytes: Data([0xFF, 0xFE, 0x43, 0x00])),
            (name: ".DS_Store", bytes: Data([0, 0, 0, 1])),
        ])
        #expect(result.problems.map(\.description) == [
            "empty.csv:1: the file is empty: it has no header row",
            "twice.csv:1 [CHILD]: the header repeats the column CHILD; the file is not read",
            "open.csv:2 [REVIEW]: the row has 2 fields; the header has 4",
            "open.csv:2 [DOB]: the quote opened on line 2 is never closed; the rest of the file is read as this field",
            "utf16.csv:1: the file is UTF-16; save it as CSV UTF-8 and load it again",
        ])
    }
}
