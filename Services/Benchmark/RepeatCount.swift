import Synchronization

/// How many scan reports answered `isNew: false`, counted by every client at once (`TrackingBench`).
final class RepeatCount: Sendable {
    private let value = Atomic<Int>(0)

    func add() { value.add(1, ordering: .relaxed) }

    var count: Int { value.load(ordering: .relaxed) }
}
