import Synchronization

/// Hands items from any thread to one socket thread, waking its `zmq_poll`.
///
/// The socket thread adds `wakeup.fileDescriptor` to its poller and calls `takeAll()` when it is
/// readable (or on every loop turn: taking from an empty mailbox is cheap).
public final class Mailbox<Item: Sendable>: Sendable {
    /// The signal the owning thread polls.
    public let wakeup: WakeupSignal
    private let items = Mutex<[Item]>([])

    public init() throws(ZMQError) {
        wakeup = try WakeupSignal()
    }

    /// Queues `item` and wakes the owner. Never blocks on I/O.
    public func post(_ item: Item) {
        items.withLock { $0.append(item) }
        wakeup.signal()
    }

    /// Removes and returns everything queued, oldest first; drains the wake-up pipe.
    public func takeAll() -> [Item] {
        wakeup.drain()
        return items.withLock { queued in
            defer { queued.removeAll(keepingCapacity: true) }
            return queued
        }
    }
}
