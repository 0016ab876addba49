import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
///
/// Kept short (`/tmp/dl-XXXXXX`) so that `ipc://` socket paths inside it stay under the 107-byte limit.
public struct TemporaryDirectory: Sendable {
    public let path: String

    public init() throws {
        var template = Array("/tmp/dl-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "/tmp/dl-XXXXXX"])
        }
        path = String(cString: made)
    }

    /// `path/name`.
    public func file(_ name: String) -> String { "\(path)/\(name)" }

    /// An `ipc://` endpoint inside the folder.
    public func ipc(_ name: String) -> String { "ipc://\(path)/\(name)" }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
