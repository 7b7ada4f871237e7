import Foundation
import Testing
@testable import HarbourReturns

@Suite("Writing the CIN census XML")
struct CINXMLWriterTests {
    private func read(_ url: URL) throws -> CINReturn {
        try CINXMLReader.read(FilesSamples.data(url), file: url.lastPathComponent).census
    }

    @Test(.enabled(if: FilesSamples.canValidate, "needs xmllint and CIN_schema_2025.xsd"),
          arguments: [FilesSamples.cinCensus2024, FilesSamples.cinFake])
    func samplesWriteValidXML(_ url: URL) throws {
        let output = CINXMLWriter.write(try read(url))
        #expect(try FilesSamples.schemaErrors(output.text) == nil)
    }

    @Test func theSmallSampleReadsBackWithTheDocumentedChanges() throws {
        let original = try read(FilesSamples.cinCensus2024)
        let output = CINXMLWriter.write(original)
        #expect(output.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n"))
        #expect(output.problems.map { "\($0.location.line ?? 0) \($0.column ?? "") \($0.message)" } == [
            "46 AssessmentFactor “RB” is left out: it is not one of the 2025 schema's assessment factor codes",
        ])
        let back = try CINXMLReader.read(Data(output.text.utf8), file: "written.xml")
        #expect(back.problems.isEmpty)

        var expected = original
        expected.childIdentifiers.rows[0].values[7] = "M"
        expected.section47.rows[0].values[5] = "0"
        expected.cinDetails.rows[1].values[8] = "0"
        expected.assessments.rows[0].values[6] = "1C,6B"
        expected.assessmentFactors.rows.remove(at: 1)
        for (mine, theirs) in zip(expected.tables, back.census.tables) {
            #expect(mine.rows.map(\.values) == theirs.rows.map(\.values), "\(mine.name)")
        }
    }

    @Test func theFakeCensusReadsBackWithSexAndYesNoMapped() throws {
        let original = try read(FilesSamples.cinFake)
        let output = CINXMLWriter.write(original)
        #expect(output.problems.isEmpty)
        let back = try CINXMLReader.read(Data(output.text.utf8), file: "written.xml").census
        var expected = original
        let sexes = ["1": "M", "2": "F", "0": "U", "9": "U"]
        for index in expected.childIdentifiers.rows.indices {
            let gender = expected.childIdentifiers.rows[index].values[6]
            expected.childIdentifiers.rows[index].values[7] = sexes[gender] ?? ""
            expected.childIdentifiers.rows[index].values[6] = ""
        }
        for index in expected.cinDetails.rows.indices {
            let nfa = expected.cinDetails.rows[index].values[8]
            expected.cinDetails.rows[index].values[8] = nfa == "true" ? "1" : nfa == "false" ? "0" : nfa
        }
        for (mine, theirs) in zip(expected.tables, back.tables) {
            #expect(mine.rows.map(\.values) == theirs.rows.map(\.values), "\(mine.name)")
        }
        #expect(back.childIdentifiers.value(331, "Sex") == "U")
    }

    @Test func valuesAreCheckedEscapedAndOrdered() throws {
        var census = CINReturn(file: "harbour.xml")
        census.header.append(["CIN", "2025", "31/03/2025", "L", "201", "Harbour <&>", "1.0", "001", "2025-04-01T09:00:00Z"],
                             at: SourceLocation(file: "harbour.xml"))
        census.childIdentifiers.append(["C&1", "", "", "", "01/02/2015", "", "2", "", ""], at: SourceLocation(file: "harbour.xml", line: 2))
        census.childCharacteristics.append(["C&1", "WBRI"], at: SourceLocation(file: "harbour.xml"))
        census.cinDetails.append(["C&1", "1", "2024-05-01", "1A", "N9 ", "", "", "", "TRUE"], at: SourceLocation(file: "harbour.xml"))
        census.childProtectionPlans.append(["C&1", "1", "1", "2024-06-01", "", "NEG", "XYZ", "+2"], at: SourceLocation(file: "harbour.xml", line: 9))
        census.reviews.append(["C&1", "1", "1", "2024-09-01"], at: SourceLocation(file: "harbour.xml"))
        census.reviews.append(["C&1", "1", "1", "2024-12-01"], at: SourceLocation(file: "harbour.xml"))
        census.reviews.append(["NOBODY", "1", "1", "2024-12-01"], at: SourceLocation(file: "harbour.xml", line: 40))
        census.section47.append(["C&1", "1", "2024-05-02", "", "", "0"], at: SourceLocation(file: "harbour.xml"))
        let output = CINXMLWriter.write(census)
        #expect(output.text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2025</Year>
              <ReferenceDate>2025-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <SourceLevel>L</SourceLevel>
              <LEA>201</LEA>
              <SoftwareCode>Harbour &lt;&amp;&gt;</SoftwareCode>
              <Release>1.0</Release>
              <SerialNo>001</SerialNo>
              <DateTime>2025-04-01T09:00:00Z</DateTime>
            </Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>C&amp;1</LAchildID>
                <PersonBirthDate>2015-02-01</PersonBirthDate>
                <Sex>F</Sex>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2024-05-01</CINreferralDate>
                <ReferralSource>1A</ReferralSource>
                <PrimaryNeedCode>N9</PrimaryNeedCode>
                <Section47>
                  <S47ActualStartDate>2024-05-02</S47ActualStartDate>
                  <ICPCnotRequired>0</ICPCnotRequired>
                </Section47>
                <ReferralNFA>1</ReferralNFA>
                <ChildProtectionPlans>
                  <CPPstartDate>2024-06-01</CPPstartDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                  <NumberOfPreviousCPP>2</NumberOfPreviousCPP>
                  <Reviews>
                    <CPPreviewDate>2024-09-01</CPPreviewDate>
                    <CPPreviewDate>2024-12-01</CPPreviewDate>
                  </Reviews>
                </ChildProtectionPlans>
              </CINdetails>
            </Child>
          </Children>
        </Message>

        """)
        #expect(output.problems.map { "\($0.location.line ?? 0) \($0.column ?? "") \($0.message)" } == [
            "9 LatestCategoryOfAbuse “XYZ” is left out: it is not one of the 2025 schema's category of abuse codes",
            "9 LatestCategoryOfAbuse <LatestCategoryOfAbuse> is required and has no value; the file will not pass the schema until it is given",
            "40  this Reviews row is not written: its child or CINdetails block is not in the return",
        ])
    }
}
