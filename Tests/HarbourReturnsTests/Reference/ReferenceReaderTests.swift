import Foundation
import HarbourCore
import Testing
@testable import HarbourReturns

@Suite struct PostcodeDirectoryReaderTests {
    private typealias R = ReferenceFixtures
    private func problems(_ text: String) -> [String] {
        R.problems({ try PostcodeDirectoryReader.read($0, file: $1) }, text)
    }

    @Test func readsTheONSPDColumns() {
        let directory = R.postcodes
        #expect(directory.count == 7)
        let place = directory["zz11aa"]!
        #expect(place.district == "E07000901" && place.county == "E10000001" && place.placementLA == "E10000001")
        #expect(directory["ZZ2 2AA"]?.county == nil && directory["ZZ2 2AA"]?.placementLA == "E06000901")
        #expect(directory["ZZ3 3AA"]?.placementLA == "WAL")
        #expect(directory["ZZ4 4AA"]?.easting == nil)
        #expect(directory["ZZ6 6AA"]?.placementLA == nil)
        #expect(directory["ZZ9 9ZZ"] == nil && directory[""] == nil)
        #expect(PostcodeDirectory.miles(directory["ZZ1 1AA"]!, directory["ZZ1 1AB"]!) == 3.1)
        #expect(PostcodeDirectory.miles(directory["ZZ1 1AA"]!, directory["ZZ5 5AA"]!) == 435.0)
        #expect(PostcodeDirectory.miles(directory["ZZ1 1AA"]!, directory["ZZ4 4AA"]!) == nil)
    }

    @Test func readsTheNSPDColumnsWithQuotesAndCRLF() throws {
        let text = "\u{FEFF}pcd7,pcd8,pcds,lad25cd,cty25cd,east1m,north1m\r\n\"ZZ1 1AA\",\"ZZ1  1AA\",\"ZZ1 1AA\",E06000901,E99999999,400000,100000\r\n"
        let directory = try PostcodeDirectoryReader.read(Data(text.utf8), file: "nspd.csv")
        #expect(directory["ZZ11AA"] == PostcodeDirectory.Place(district: "E06000901", easting: 400000, northing: 100000))
    }

    @Test func refusesAFileThatIsNotTheDirectory() {
        #expect(problems("URN,Placement code\nSC1,K2\n")
            == ["1: this is not the ONS Postcode Directory: the header has no column for the postcode (pcds or pcd), the local authority district (oslaua or lad25cd), the easting (oseast1m or east1m), the northing (osnrth1m or north1m); it has URN, Placement code"])
        #expect(problems("pcds,oslaua,oseast1m\nZZ1 1AA,E06000901,1\n").first?.hasSuffix("no column for the northing (osnrth1m or north1m); it has pcds, oslaua, oseast1m") == true)
        #expect(problems("") == ["1: the file is empty: it has no header row"])
    }

    @Test func namesEachBadLineAndColumn() {
        let text = """
            pcds,oslaua,oseast1m,osnrth1m
            ZZ1 1AA,E06000901,500000,200000
            ZZ1 1AB,E06000901,five,200000
            ,E06000901,1,1
            ZZ1 1AA,E06000901,1,1
            ZZ1 1AC,E06000901,1
            ZZ1 1AD,E06000901,1,-4

            """
        #expect(problems(text) == [
            "3 [oseast1m]: “five” is not a grid reference in metres",
            "4 [pcds]: the postcode is blank",
            "5 [pcds]: ZZ1 1AA is listed twice (first on line 2)",
            "6: the row has 3 fields; the header has 4",
            "7 [osnrth1m]: “-4” is not a grid reference in metres",
        ])
    }

    @Test func stopsAfterTwentyProblems() {
        let text = "pcds,oslaua,oseast1m,osnrth1m\n" + (1...50).map { "ZZ1 \($0)AA,E06000901,x,1\n" }.joined()
        #expect(problems(text).count == 20)
    }
}

@Suite struct OfstedProvidersReaderTests {
    private typealias R = ReferenceFixtures
    private func problems(_ text: String) -> [String] {
        R.problems({ try OfstedProvidersReader.read($0, file: $1) }, text)
    }

    @Test func readsTheCombinedList() {
        let providers = R.providers
        #expect(providers.count == 3)
        let home = providers["sc900002"]!
        #expect(home.placementTypes == ["K1", "K2"] && home.providerTypes == ["PR2", "PR3"])
        #expect(home.localAuthority == "Zedton, Borough of" && home.postcode == "ZZ2 2AA")
        #expect(providers["SC900003"]?.registrationEnded == Day(year: 2025, month: 9, day: 30))
        #expect(providers["SC999999"] == nil)
    }

    @Test func readsTheChildrensHomesListColumnsAndMergesAURNListedTwice() throws {
        let text = """
            URN,Local Authority,Placement code,Provider Placement Code,Closed Date,Setting Postcode
            SC900004,Zedshire,K2,PR1,2025-06-30,ZZ1 1AA
            URN,Local Authority,Placement code,Provider Placement Code,Closed Date,Setting Postcode
            SC900004,Zedshire,S1,PR1,,ZZ1 1AA

            """
        let providers = try OfstedProvidersReader.read(Data(text.utf8), file: "ch.csv")
        #expect(providers.count == 1)
        #expect(providers["SC900004"]?.placementTypes == ["K2", "S1"])
    }

    @Test func refusesAFileThatIsNotTheList() {
        #expect(problems("pcds,oslaua\nZZ1 1AA,E1\n")
            == ["1 [URN, Placement code, Placement provider code, Setting address postcode]: this is not Ofsted's social care providers list: the header has no URN, Placement code, Placement provider code, Setting address postcode column"])
    }

    @Test func namesEachBadLineAndColumn() {
        let text = """
            URN,Placement code,Placement provider code,Deregistration date,Setting address postcode
            SC900001,K2,PR1,31/02/2025,ZZ1 1AA
            ,K2,PR1,,ZZ1 1AA
            SC900003,K2

            """
        #expect(problems(text) == [
            "2 [Deregistration date]: “31/02/2025” is not a date (dd/mm/yyyy)",
            "3 [URN]: the URN is blank",
            "4: the row has 2 fields; the header has 5",
        ])
    }
}
