import Foundation

/// Helpers for mesh endpoints.
public enum Endpoints {
    /// Creates the folder of an `ipc://` endpoint so that binding can create its socket file.
    public static func prepareToBind(_ endpoint: String) throws {
        guard endpoint.hasPrefix("ipc://") else { return }
        let path = String(endpoint.dropFirst("ipc://".count))
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }
}
