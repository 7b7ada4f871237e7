import Foundation
import HarbourCore
import HarbourReturns

/// Bad input on the command line: the message names the option or argument and the reason,
/// and the command ends with exit code 2.
public struct CommandLineProblem: Error {
    public let message: String

    public init(message: String) {
        self.message = message
    }
}

/// Writes a line to standard output at once, so progress shows even when piped.
public func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Reads the collection year option, naming it when it is wrong.
public func collectionYear(_ text: String) throws -> CollectionYear {
    do { return try CollectionYear(parsing: text) } catch { throw CommandLineProblem(message: "--year: \(error.message)") }
}
