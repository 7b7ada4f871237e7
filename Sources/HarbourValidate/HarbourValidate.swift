import ArgumentParser
import Foundation
import HarbourReturnsCLI

/// `harbour-validate`: `harbour returns validate` on its own, linked with only the returns code
/// and the Swift runtime (statically), so it starts in milliseconds and uses little memory.
@main
struct HarbourValidate {
    static func main() {
        do {
            let command = try ValidateReturnCommand.parse()
            try command.run()
        } catch let error as CommandLineProblem {
            FileHandle.standardError.write(Data("harbour-validate: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            ValidateReturnCommand.exit(withError: error)
        }
    }
}
