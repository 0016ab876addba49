import Synchronization

/// Lines the children printed, kept for assertions and failure messages.
final class OutputLines: Sendable {
    private let storage = Mutex<[String]>([])

    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
}
