import ArgumentParser
import Foundation

/// The demo's state folder: emptied before a fresh run, but only when it is a Dropline state folder (one the
/// supervisor wrote `mesh.yaml` into) or already empty, so that a mistyped `state_dir` never deletes anything else.
struct DemoStateFolder {
    let path: String

    /// Removes everything inside the folder (and creates it when missing).
    func empty() throws {
        let files = FileManager.default
        let entries = (try? files.contentsOfDirectory(atPath: path)) ?? []
        let protected = [NSHomeDirectory(), "/", files.currentDirectoryPath].map { ($0 as NSString).standardizingPath }
        if !entries.isEmpty {
            guard entries.contains("mesh.yaml"), !protected.contains((path as NSString).standardizingPath) else {
                throw ValidationError(
                    "state folder \(path) is not empty and does not look like a Dropline state folder (no mesh.yaml); "
                        + "choose another state_dir or pass --keep")
            }
        }
        for entry in entries {
            try files.removeItem(atPath: (path as NSString).appendingPathComponent(entry))
        }
        try files.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The emails written so far (`maildir/new`).
    var mailCount: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "\(path)/maildir/new").count) ?? 0
    }

    /// Where the demo keeps the supervisor's output, every process's log lines.
    var logPath: String { "\(path)/mesh.log" }
}
