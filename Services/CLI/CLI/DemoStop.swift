import Synchronization

/// Set when the user asks the demo to stop (Ctrl-C, SIGTERM); the demo stops placing and winds down.
final class DemoStop: Sendable {
    private let requested = Atomic<Bool>(false)

    var isRequested: Bool { requested.load(ordering: .relaxed) }

    func request() { requested.store(true, ordering: .relaxed) }
}
