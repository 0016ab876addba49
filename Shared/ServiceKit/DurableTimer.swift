import Foundation

/// A timer stored in the service's own database (`durableTimer`), fired in the same transaction as its
/// effects, so a restart loses none and fires none twice (docs/architecture.md §4).
public struct DurableTimer: Sendable, Equatable {
    /// Unique per timer; scheduling the same id again moves it (e.g. `hold-end:ord_123`).
    public var id: String
    /// What to do when it fires, for the service's timer handler.
    public var kind: String
    public var due: Date
    public var payload: Data

    public init(id: String, kind: String, due: Date, payload: Data = Data()) {
        self.id = id
        self.kind = kind
        self.due = due
        self.payload = payload
    }
}
