import Foundation
import MeshConfig

/// A fresh working directory for one test, removed when the test lets go of it.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/meshconfig-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The state folder the default `state_dir` resolves to here.
    var defaultStateDirectory: String { path + "/.dropline" }

    /// Writes a file into the directory and returns its absolute path.
    @discardableResult
    func write(_ text: String, to name: String = "mesh.yaml") throws -> String {
        let filePath = path + "/" + name
        try text.write(toFile: filePath, atomically: true, encoding: .utf8)
        return filePath
    }

    /// Loads with this directory as the working directory.
    func load(file: String? = nil, environment: [String: String] = [:], overrides: [String] = [])
        throws(MeshConfigError) -> MeshConfiguration
    {
        try MeshConfiguration.load(
            file: file, environment: environment, overrides: overrides, workingDirectory: path)
    }

    /// Writes `yaml` to a file and loads it.
    func load(yaml: String, environment: [String: String] = [:], overrides: [String] = [])
        throws -> MeshConfiguration
    {
        try load(file: write(yaml), environment: environment, overrides: overrides)
    }

    /// The error loading fails with, or nil if it succeeds.
    func loadError(file: String? = nil, environment: [String: String] = [:], overrides: [String] = [])
        -> MeshConfigError?
    {
        do {
            _ = try load(file: file, environment: environment, overrides: overrides)
            return nil
        } catch {
            return error
        }
    }
}

/// The repository's root folder (the one holding `Deploy/`), found from this file's real location, so it works
/// whether the test target is built in place or through a symbolic link.
func repositoryRoot(from filePath: String = #filePath) -> URL? {
    var folder = URL(fileURLWithPath: filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    while folder.path != "/" {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Deploy/dropline.yaml").path) {
            return folder
        }
        folder.deleteLastPathComponent()
    }
    return nil
}
