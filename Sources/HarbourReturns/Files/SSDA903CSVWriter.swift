import Foundation

/// Writes a council's SSDA903 tables as the DfE's CSV files: one file per table with the
/// DfE's header in the DfE's column order, fields quoted only where they hold a comma, a
/// quote or a line break, CRLF line ends, UTF-8 without a byte order mark. Values are written
/// as the tables hold them (the exporter gives dates as dd/mm/yyyy).
public enum SSDA903CSVWriter {
    /// The file each table is written to.
    public static let fileNames: [(table: String, file: String)] = [
        ("Header", "header.csv"), ("Episodes", "episodes.csv"), ("Reviews", "reviews.csv"), ("UASC", "uasc.csv"),
        ("OC2", "oc2.csv"), ("OC3", "oc3.csv"), ("AD1", "ad1.csv"), ("PlacedAdoption", "placed_for_adoption.csv"),
        ("PrevPerm", "previous_permanence.csv"), ("Missing", "missing.csv"), ("SWEpisodes", "sw_episodes.csv"),
        ("DoLo", "dolo.csv"),
    ]

    /// Every table as a named CSV file, in the DfE's table order (a table without rows is its header alone).
    public static func write(_ tables: SSDA903Tables) -> [(name: String, text: String)] {
        SSDA903Tables.columns.map { definition in
            let file = fileNames.first { $0.table == definition.table }!.file
            return (file, ReturnCSV.text(tables[definition.table]!, columns: definition.columns))
        }
    }

    /// Writes every table's file into `folder` (made if missing), replacing files of the same names.
    public static func write(_ tables: SSDA903Tables, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in write(tables) {
            try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }
}
