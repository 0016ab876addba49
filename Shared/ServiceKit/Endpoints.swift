import Foundation

/// Helpers for mesh endpoints.
public enum Endpoints {
    /// Creates the folder of an `ipc://` endpoint so that binding can create its socket file.
    public static func prepareToBind(_ endpoint: String) throws {
        guard endpoint.hasPrefix("ipc://") else { return }
        let path = String(endpoint.dropFirst("ipc://".count))
        let folder = (path as NSString).deletingLastPathComponent
        // `ipc://@name` is Linux's abstract namespace, and `ipc://name` lives in the working directory.
        guard !path.hasPrefix("@"), !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
}
