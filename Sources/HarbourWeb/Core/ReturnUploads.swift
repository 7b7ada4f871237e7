import Foundation
import HarbourReturns
import Vapor

/// Returns files kept between an import's dry run and its confirmation, so no one has to upload
/// them twice: each upload in a folder of its own under the data directory
/// (`return-uploads/<token>`), named by a random token that only the uploader's session holds.
/// An upload is deleted once imported, when its uploader checks other files, and by anyone's
/// visit to the import page an hour after it was made.
struct ReturnUploads: Sendable {
    /// How long files are kept waiting for "Confirm import".
    static let lifetime: TimeInterval = 60 * 60
    /// The most an upload may hold, all its files together.
    static let maxBytes = 200 * 1024 * 1024
    static let maxSize = "200mb"
    /// The session item holding the token of the upload waiting to be confirmed.
    static let sessionKey = "return-upload"

    /// What is kept besides the files: who uploaded them, for which collection year, and when.
    struct Upload: Codable, Sendable {
        var userID: Int
        var collectionYear: Int
        var uploadedAt: Date
        var cin: String?
        var ssda903: [String]
    }

    let folder: URL

    init(dataDirectory: String) {
        folder = URL(fileURLWithPath: dataDirectory).appendingPathComponent("return-uploads")
    }

    /// A token names a folder only if it is one `keep` could have made: 64 hexadecimal digits.
    static func isToken(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// Keeps the files and returns the token that finds them again.
    func keep(_ files: ReturnFiles, userID: Int, collectionYear: CollectionYear, now: Date) throws -> String {
        let token = [UInt8].random(count: 32).hex
        let place = folder.appendingPathComponent(token)
        let manager = FileManager.default
        try manager.createDirectory(at: place, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            // Stored under numbered names; the names people gave are in upload.json.
            if let cin = files.cin { try cin.bytes.write(to: place.appendingPathComponent("cin.xml")) }
            for (index, file) in files.ssda903.enumerated() {
                try file.bytes.write(to: place.appendingPathComponent("ssda903-\(index).csv"))
            }
            let upload = Upload(userID: userID, collectionYear: collectionYear.end, uploadedAt: now,
                                cin: files.cin?.name, ssda903: files.ssda903.map(\.name))
            try JSONEncoder().encode(upload).write(to: place.appendingPathComponent("upload.json"))
        } catch {
            try? manager.removeItem(at: place)
            throw error
        }
        return token
    }

    /// The upload `token` names, if it is still kept and was made by `userID` less than an hour ago.
    func load(_ token: String, userID: Int, now: Date) -> (upload: Upload, files: ReturnFiles)? {
        guard Self.isToken(token) else { return nil }
        let place = folder.appendingPathComponent(token)
        guard let data = try? Data(contentsOf: place.appendingPathComponent("upload.json")),
              let upload = try? JSONDecoder().decode(Upload.self, from: data),
              upload.userID == userID, now.timeIntervalSince(upload.uploadedAt) < Self.lifetime else { return nil }
        var files = ReturnFiles()
        if let name = upload.cin {
            guard let bytes = try? Data(contentsOf: place.appendingPathComponent("cin.xml")) else { return nil }
            files.cin = ReturnFiles.NamedFile(name: name, bytes: bytes)
        }
        for (index, name) in upload.ssda903.enumerated() {
            guard let bytes = try? Data(contentsOf: place.appendingPathComponent("ssda903-\(index).csv")) else { return nil }
            files.ssda903.append(ReturnFiles.NamedFile(name: name, bytes: bytes))
        }
        return (upload, files)
    }

    /// Deletes an upload's files.
    func discard(_ token: String) {
        guard Self.isToken(token) else { return }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(token))
    }

    /// Deletes every upload made more than an hour before `now` (or whose details cannot be read).
    func sweep(now: Date) {
        guard let tokens = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for token in tokens where Self.isToken(token) {
            let details = folder.appendingPathComponent(token).appendingPathComponent("upload.json")
            if let data = try? Data(contentsOf: details), let upload = try? JSONDecoder().decode(Upload.self, from: data),
               now.timeIntervalSince(upload.uploadedAt) < Self.lifetime {
                continue
            }
            // A folder being written has no details yet: leave it a minute.
            if let made = try? FileManager.default.attributesOfItem(atPath: details.deletingLastPathComponent().path)[.modificationDate] as? Date,
               now.timeIntervalSince(made) < 60, !FileManager.default.fileExists(atPath: details.path) {
                continue
            }
            discard(token)
        }
    }
}
