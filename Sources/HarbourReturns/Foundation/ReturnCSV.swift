import Foundation

/// A return's table as CSV, the way the DfE's and Ofsted's tools read it: the header in the
/// table's column order, fields quoted only where they hold a comma, a quote or a line break,
/// CRLF line ends, UTF-8 without a byte order mark.
public enum ReturnCSV {
    public static func text(_ table: ReturnTable, columns: [String]? = nil) -> String {
        let columns = columns ?? table.columns
        let handles = columns.map { table.hasColumn($0) ? table.column($0) : nil }
        var out = columns.map(field).joined(separator: ",") + "\r\n"
        for row in table.rows {
            var first = true
            for handle in handles {
                if !first { out += "," }
                first = false
                if let handle { out += field(row[handle]) }
            }
            out += "\r\n"
        }
        return out
    }

    /// A value as a CSV field, in quotes (with quotes doubled) only when it needs them.
    public static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
