import Foundation
@testable import HarbourReturns

/// Small hand-made reference files: postcodes in the unused ZZ area, fictional councils
/// (E10000001 a county, its district E07000901; E06000901 a neighbouring unitary; W06000901 in
/// Wales) and fictional Ofsted URNs. No real place or provider.
enum ReferenceFixtures {
    static let council = "E10000001"

    /// Grid references in metres: ZZ1 1AB is 5 km from ZZ1 1AA (3.1 miles), ZZ2 2AA 20 km (12.4
    /// miles), ZZ3 3AA 200 km (124.3 miles), ZZ5 5AA 700 km (435.0 miles); ZZ4 4AA has none;
    /// ZZ6 6AA has no district.
    static let postcodesCSV = """
        pcd,pcds,dointr,doterm,oscty,oslaua,oseast1m,osnrth1m,lat,long
        ZZ1 1AA,ZZ1 1AA,202001,,E10000001,E07000901,500000,200000,51.7,-1.2
        ZZ1 1AB,ZZ1 1AB,202001,,E10000001,E07000901,503000,204000,51.8,-1.2
        ZZ2 2AA,ZZ2 2AA,202001,,E99999999,E06000901,520000,200000,51.7,-0.9
        ZZ3 3AA,ZZ3 3AA,202001,,W99999999,W06000901,300000,200000,51.7,-3.9
        ZZ4 4AA,ZZ4 4AA,202001,,E99999999,E06000902,,,,
        ZZ5 5AA,ZZ5 5AA,202001,202301,E99999999,E06000903,500000,900000,58.0,-1.2
        ZZ6 6AA,ZZ6 6AA,202001,,,,500000,200000,51.7,-1.2

        """

    static let providersCSV = """
        URN,Provider type,Local authority,Placement code,Placement provider code,Deregistration date,Setting address postcode
        SC900001,Children's Home,Zedshire,K2,PR1,,ZZ1 1AB
        SC900002,Children's Home,"Zedton, Borough of","K1,K2",PR2/PR3,,ZZ2 2AA
        SC900003,Supported accommodation,Zedshire,K3,PR1,30/09/2025,ZZ1 1AB

        """

    static var postcodes: PostcodeDirectory { try! PostcodeDirectoryReader.read(Data(postcodesCSV.utf8), file: "postcodes.csv") }
    static var providers: OfstedProviders { try! OfstedProvidersReader.read(Data(providersCSV.utf8), file: "providers.csv") }

    /// The problems a reader finds in `text`, as "line [column]: message".
    static func problems(_ read: (Data, String) throws -> Any, _ text: String) -> [String] {
        do { _ = try read(Data(text.utf8), "f.csv"); return [] } catch let error as ReferenceFileError {
            return error.problems.map { "\($0.location.line ?? 0)" + ($0.column.map { " [\($0)]" } ?? "") + ": " + $0.message }
        } catch { return ["\(error)"] }
    }
}
