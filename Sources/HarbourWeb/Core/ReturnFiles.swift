import Foundation
import HarbourCore
import HarbourReturns

/// The returns files someone chose to import on the page or sent to the API: a CIN census XML
/// file and SSDA903 CSV files (told apart by their columns, whatever they are called), read as
/// `harbour returns import` reads them. What stops an import is an error on the form's field:
/// no file, a census that is not well-formed XML, a CSV file whose columns are no SSDA903 table.
/// What the readers pass over (a row with a field too many, an element the census does not have)
/// is a problem listed with the dry run, as the command lists it.
struct ReturnFiles: Sendable {
    struct NamedFile: Sendable {
        var name: String
        var bytes: Data
    }

    /// The returns as read, with the problems found reading them.
    struct Read: Sendable {
        var cin: CINReturn?
        var ssda903: SSDA903Tables?
        var problems: [ReturnFileProblem] = []
    }

    var cin: NamedFile?
    var ssda903: [NamedFile] = []

    var isEmpty: Bool { cin == nil && ssda903.isEmpty }

    /// "fake_CIN_data.xml and 12 SSDA903 files": what was chosen, for the pages.
    var description: String {
        var parts = [String]()
        if let cin { parts.append(cin.name) }
        if ssda903.count == 1 { parts.append(ssda903[0].name) } else if !ssda903.isEmpty { parts.append("\(ssda903.count) SSDA903 files") }
        return parts.joined(separator: " and ")
    }

    /// The returns read, or the errors that stop the import, each on its form field (`cin`, `ssda903`).
    func read() -> Result<Read, ValidationFailure> {
        var read = Read()
        var errors = [FieldError]()
        if isEmpty {
            errors.append(FieldError("cin", "Choose a CIN census XML file or SSDA903 CSV files to import"))
        }
        if let cin {
            do throws(CINXMLReader.ReadError) {
                let result = try CINXMLReader.read(cin.bytes, file: cin.name)
                read.cin = result.census
                read.problems += result.problems
            } catch {
                errors.append(FieldError("cin", "\(cin.name) is not a CIN census Harbour can read: line \(error.line), character \(error.column): \(error.reason)"))
            }
        }
        if !ssda903.isEmpty {
            for file in ssda903 where Self.looksLikeXML(file.bytes) {
                errors.append(FieldError("ssda903", "\(file.name) is XML, not an SSDA903 CSV file: choose a CIN census under \"CIN census\""))
            }
            let csv = ssda903.filter { !Self.looksLikeXML($0.bytes) }
            let result = SSDA903CSVReader.read(csv.map { ($0.name, $0.bytes) })
            // A file not read at all is named with why: its header, or its bytes.
            for name in result.unread {
                let problems = result.problems.filter { $0.location.file == name }
                let why = problems.last { ($0.location.line ?? 1) <= 1 } ?? problems.first
                errors.append(FieldError("ssda903", "\(name): \(why?.message ?? "the file cannot be read as an SSDA903 table")"))
            }
            if !csv.isEmpty, errors.allSatisfy({ $0.field != "ssda903" }) {
                read.ssda903 = result.tables
                read.problems += result.problems
            }
        }
        return errors.isEmpty ? .success(read) : .failure(ValidationFailure(errors))
    }

    /// A file whose first character (after a byte order mark and blanks) is "<".
    static func looksLikeXML(_ bytes: Data) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
    }
}
