import Foundation

/// What the feeds folder holds, as far as a pull can tell: each `*.json` file's name, size and modification time.
/// Two equal stamps mean a pull would read the same files, which publishes nothing new (R16).
struct FeedFolderStamp: Sendable, Equatable {
    /// Size and modification time by file name.
    let files: [String: [Double]]

    /// The stamp of `folder` now; an unreadable or missing folder holds no files.
    init(of folder: String) {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
        var files: [String: [Double]] = [:]
        for name in names {
            let attributes = try? manager.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            let size = (attributes?[.size] as? NSNumber)?.doubleValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            files[name] = [size, modified]
        }
        self.files = files
    }
}
