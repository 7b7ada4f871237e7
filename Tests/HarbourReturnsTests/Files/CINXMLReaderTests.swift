import Foundation
import Testing
@testable import HarbourReturns

@Suite("Reading the CIN census XML")
struct CINXMLReaderTests {
    private func read(_ url: URL) throws -> CINXMLReader.Result {
        try CINXMLReader.read(contentsOf: url)
    }

    private func read(_ text: String) throws(CINXMLReader.ReadError) -> CINXMLReader.Result {
        try CINXMLReader.read(Data(text.utf8), file: "test.xml")
    }

    /// Counts from the DfE validator's own XMLtoCSV run on the samples.
    @Test func tablesOfTheSmallSampleHaveTheValidatorsRowCounts() throws {
        let census = try read(FilesSamples.cinCensus2024).census
        let counts = Dictionary(uniqueKeysWithValues: census.tables.map { ($0.name, $0.rows.count) })
        #expect(counts == [
            "Header": 1, "ChildIdentifiers": 2, "ChildCharacteristics": 2, "Disabilities": 3, "CINdetails": 2,
            "Assessments": 2, "AssessmentFactorsList": 3, "CINplanDates": 1, "Section47": 1,
            "ChildProtectionPlans": 1, "Reviews": 1,
        ])
    }

    @Test func tablesOfTheFakeCensusHaveTheValidatorsRowCounts() throws {
        let result = try read(FilesSamples.cinFake)
        let counts = Dictionary(uniqueKeysWithValues: result.census.tables.map { ($0.name, $0.rows.count) })
        #expect(counts == [
            "Header": 1, "ChildIdentifiers": 332, "ChildCharacteristics": 332, "Disabilities": 117, "CINdetails": 402,
            "Assessments": 0, "AssessmentFactorsList": 0, "CINplanDates": 0, "Section47": 0,
            "ChildProtectionPlans": 0, "Reviews": 0,
        ])
        #expect(result.problems.isEmpty)
    }

    @Test func valuesAreKeptAsWrittenWithTheValidatorsIDs() throws {
        let census = try read(FilesSamples.cinCensus2024).census
        #expect(census.header.rows[0].values == [
            "CIN", "2023", "2024-03-31", "L", "201", "Local Authority", "ver 3.1.21", "001", "2023-05-23T11:14:05",
        ])
        #expect(census.referenceDate == .init(year: 2024, month: 3, day: 31))
        #expect(census.childIdentifiers.rows[0].values == [
            "DfEX0000001", "A123456789123", "X98765432123B", "UN3", "2015-03-27", "", "", "1", "",
        ])
        #expect(census.cinDetails.value(1, "ReferralNFA") == "false")
        #expect(census.cinDetails.value(1, "DateOfInitialCPC") == "")
        #expect(census.assessments.rows[0].values == ["DfEX0000001", "1", "1", "2028-04-28", "", "2020-09-19", "1C,RB,6B"])
        #expect(census.assessments.value(1, "AssessmentFactors") == "")
        #expect(census.assessmentFactors.rows.map { $0.values } == [
            ["DfEX0000001", "1", "1", "1C"], ["DfEX0000001", "1", "1", "RB"], ["DfEX0000001", "1", "1", "6B"],
        ])
        #expect(census.section47.rows[0].values == ["DfEX0000001", "1", "2022-06-02", "2022-06-23", "2022-06-17", "false"])
        #expect(census.childProtectionPlans.rows[0].values == ["DfEX0000001", "1", "1", "2022-02-17", "2023-03-14", "PHY", "PHY", "10"])
        #expect(census.reviews.rows[0].values == ["DfEX0000001", "1", "1", "2023-02-15"])
        #expect(census.disabilities.rows.map { $0.values } == [
            ["DfEX0000001", "HAND"], ["DfEX0000001", "HEAR"], ["child_fails_assessments", "NONE"],
        ])

        let fake = try read(FilesSamples.cinFake).census
        #expect(fake.childIdentifiers.value(0, "GenderCurrent") == "1")
        #expect(fake.childIdentifiers.value(0, "Sex") == "")
        #expect(fake.childIdentifiers.value(331, "LAchildID") == "RND000589802835")
        #expect(fake.childIdentifiers.value(331, "GenderCurrent") == "9")
        #expect(fake.cinDetails.rows[2].values == [
            "RND000824303014", "2", "2017-10-22", "3A", "N9", "", "", "2017-11-05", "true",
        ])
    }

    @Test func rowsKnowTheirLineAndPath() throws {
        let census = try read(FilesSamples.cinCensus2024).census
        #expect(census.header.rows[0].location == SourceLocation(file: "CIN_Census_2024.xml", line: 2, path: "Message/Header"))
        #expect(census.childIdentifiers.rows[1].location.line == 74)
        #expect(census.childIdentifiers.rows[1].location.path == "Message/Children/Child[2]/ChildIdentifiers")
        #expect(census.assessments.rows[1].location.line == 92)
        #expect(census.assessments.rows[1].location.path == "Message/Children/Child[2]/CINdetails[1]/Assessments[1]")
        #expect(census.assessmentFactors.rows[1].location.line == 46)
        #expect(census.assessmentFactors.rows[1].location.path
            == "Message/Children/Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[2]")
        #expect(census.reviews.rows[0].location.line == 68)
        #expect(census.reviews.rows[0].location.path
            == "Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[1]")
        #expect(census.disabilities.rows[2].location.path
            == "Message/Children/Child[2]/ChildCharacteristics/Disabilities/Disability[1]")

        let fake = try read(FilesSamples.cinFake).census
        #expect(fake.childIdentifiers.rows[331].location.line == 7205)
        #expect(fake.childIdentifiers.rows[331].location.path == "Message/Children/Child[332]/ChildIdentifiers")
        #expect(fake.cinDetails.rows[2].location.path == "Message/Children/Child[2]/CINdetails[2]")
    }

    @Test func strayTextIsAProblemWithItsPlace() throws {
        let problems = try read(FilesSamples.cinCensus2024).problems
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(
            file: "CIN_Census_2024.xml", line: 23, path: "Message/Children/Child[1]/ChildIdentifiers"))
        #expect(problems.first?.message == "text “PersonBirthDate” is out of place in <ChildIdentifiers>; not read")
    }

    @Test func idsFollowTheValidatorsCounting() throws {
        let xml = """
        <Message><Children>
        <Child><CINdetails><Assessments/><Assessments/><ChildProtectionPlans><Reviews>
        <CPPreviewDate>2024-01-01</CPPreviewDate><CPPreviewDate>2024-02-01</CPPreviewDate></Reviews></ChildProtectionPlans>
        </CINdetails><CINdetails><Assessments/><ChildProtectionPlans/><ChildProtectionPlans/></CINdetails>
        <ChildIdentifiers><LAchildID>LATE1</LAchildID></ChildIdentifiers><ChildCharacteristics/></Child>
        </Children></Message>
        """
        let census = try read(xml).census
        #expect(census.assessments.rows.map { Array($0.values.prefix(3)) } == [["LATE1", "1", "1"], ["LATE1", "1", "2"], ["LATE1", "2", "1"]])
        #expect(census.childProtectionPlans.rows.map { Array($0.values.prefix(3)) } == [["LATE1", "1", "1"], ["LATE1", "2", "1"], ["LATE1", "2", "2"]])
        #expect(census.reviews.rows.map(\.values) == [["LATE1", "1", "1", "2024-01-01"], ["LATE1", "1", "1", "2024-02-01"]])
        #expect(census.reviews.rows[1].location.path == "Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[2]")
        #expect(census.reviews.rows[1].location.line == 3)
    }

    @Test func entitiesCommentsAndCDATAAreRead() throws {
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- exported by Harbour --><?harbour check?>
        <Message>
          <Children><Child a="1" b='2'>
            <ChildIdentifiers><LAchildID>A&amp;B&#x41;&#66;<!-- x -->C<![CDATA[<D>]]></LAchildID><Sex>&lt;</Sex></ChildIdentifiers>
            <ChildCharacteristics><Ethnicity/></ChildCharacteristics>
          </Child></Children>
        </Message>
        """
        let result = try read(xml)
        #expect(result.census.childIdentifiers.value(0, "LAchildID") == "A&BABC<D>")
        #expect(result.census.childIdentifiers.value(0, "Sex") == "<")
        #expect(result.census.childCharacteristics.value(0, "LAchildID") == "A&BABC<D>")
        #expect(result.problems.map(\.message) == ["the census has no <Header>, so no reference date"])
    }

    @Test func unknownAndMisplacedElementsAreProblemsNotFailures() throws {
        let xml = """
        <Message>
          <Header><Source><LEA>201</LEA></Source><Source><LEA>999</LEA></Source></Header>
          <Children>
            <Child>
              <ChildIdentifiers><LAchildID>C1</LAchildID><LAchildID>C2</LAchildID><Nickname>Sam</Nickname></ChildIdentifiers>
              <ChildCharacteristics><Disabilities><Disabilty>HAND</Disabilty></Disabilities></ChildCharacteristics>
              <CINdetails><CPPreviewDate>2024-01-01</CPPreviewDate><ReferralNFA><Yes/>1</ReferralNFA></CINdetails>
            </Child>
          </Children>
        </Message>
        """
        let result = try read(xml)
        #expect(result.census.header.value(0, "LEA") == "201")
        #expect(result.census.childIdentifiers.value(0, "LAchildID") == "C1")
        #expect(result.census.disabilities.rows.map(\.values) == [["C1", "HAND"]])
        #expect(result.census.cinDetails.value(0, "ReferralNFA") == "1")
        let found = result.problems.map { "\($0.location.line ?? 0) \($0.location.path ?? "") \($0.message)" }
        #expect(found == [
            "2 Message/Header/Source[2] a second <Source>; only the first is read, as the DfE's validator reads it",
            "5 Message/Children/Child[1]/ChildIdentifiers/LAchildID[2] a second <LAchildID>; the first is kept, as the DfE's validator does",
            "5 Message/Children/Child[1]/ChildIdentifiers/Nickname <Nickname> is not a CIN census element; not read",
            "6 Message/Children/Child[1]/ChildCharacteristics/Disabilities/Disabilty <Disabilty> in <Disabilities> is not <Disability>; read as one, as the DfE's validator reads every element there",
            "7 Message/Children/Child[1]/CINdetails[1]/CPPreviewDate[1] <CPPreviewDate> does not belong in <CINdetails>; not read",
            "7 Message/Children/Child[1]/CINdetails[1]/ReferralNFA/Yes <Yes> is inside <ReferralNFA>, which holds a value, not elements; not read",
        ])
    }

    @Test func aMissingChildBlockStillGivesItsRows() throws {
        let result = try read("<Message><Header/><Children><Child><CINdetails/></Child></Children></Message>")
        #expect(result.census.childIdentifiers.rows.count == 1)
        #expect(result.census.childCharacteristics.rows.count == 1)
        #expect(result.census.cinDetails.rows.map(\.values) == [["", "1", "", "", "", "", "", "", ""]])
        #expect(result.problems.map(\.message) == ["<Child> has no <ChildIdentifiers>", "<Child> has no <ChildCharacteristics>"])
    }

    @Test(arguments: [
        ("<Message><Children></Child></Message>", 1, 20, "</Child> does not match <Children> opened on line 1"),
        ("<Message>\n<Children>\n", 3, 1, "the file ends before </Children> (opened on line 2)"),
        ("<Census></Census>", 1, 1, "the root element is <Census>, not <Message>: this is not a CIN census file"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Message/>", 1, 31, "the file declares the encoding ISO-8859-1; a census file must be UTF-8"),
        ("<Message>&nbsp;</Message>", 1, 10, "the entity &nbsp; is not defined"),
        ("<Message>a < b</Message>", 1, 12, "'<' must start a tag; in text write it as &lt;"),
        ("<Message/><Message/>", 1, 11, "a second root element <Message> after the root element closed"),
        ("<!DOCTYPE Message><Message/>", 1, 1, "document type declarations (<!DOCTYPE>) are not accepted in a census file"),
        ("", 1, 1, "the file is empty"),
        ("  \n ", 2, 2, "the file has no XML elements"),
        ("<Message a=\"1\" a=\"2\"/>", 1, 16, "the attribute a is given twice"),
        ("<Message>\u{1}</Message>", 1, 10, "the control character U+0001 is not allowed in XML"),
        ("<Message><!-- a -- b --></Message>", 1, 17, "'--' is not allowed inside a comment"),
    ])
    func malformedFilesThrowWithLineAndColumn(_ input: (String, Int, Int, String)) throws {
        let error = #expect(throws: CINXMLReader.ReadError.self) { try CINXMLReader.read(Data(input.0.utf8), file: "bad.xml") }
        #expect(error?.reason == input.3)
        #expect(error?.line == input.1)
        #expect(error?.column == input.2)
        #expect(error?.file == "bad.xml")
    }

    @Test func bytesThatAreNotUTF8AreRefused() {
        let bytes = Data("<Message>\n  <A>caf".utf8) + Data([0xE9]) + Data("</A></Message>".utf8)
        let error = #expect(throws: CINXMLReader.ReadError.self) { try CINXMLReader.read(bytes, file: "latin1.xml") }
        #expect(error?.reason == "byte 0xE9 is not UTF-8; a census file must be saved as UTF-8")
        #expect(error?.line == 2)
        #expect(error?.column == 9)
    }

    @Test func utf16IsRefused() {
        var bytes = Data([0xFF, 0xFE])
        for unit in "<Message/>".utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let error = #expect(throws: CINXMLReader.ReadError.self) { try CINXMLReader.read(bytes, file: "u16.xml") }
        #expect(error?.reason == "the file is UTF-16; a census file must be UTF-8")
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF] + Array("<Message><Header/><Children/></Message>".utf8))
        let result = try CINXMLReader.read(bytes, file: "bom.xml")
        #expect(result.problems.isEmpty)
        #expect(result.census.header.rows.count == 1)
    }
}
