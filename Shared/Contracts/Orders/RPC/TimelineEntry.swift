import Foundation

/// One step of an order's life at its domain time ("every state change of an order is an event with a time"), as
/// `orders.show` lists them, oldest first: a status change, or a note of a fact that leaves the status as it is
/// (a carrier scan, a stalled parcel, an infraction, R8-R11).
public struct TimelineEntry: Sendable, Equatable, Codable {
    /// The domain time of the fact.
    public var at: Date
    /// The status the order entered; for a note, the status it stays in.
    public var status: OrderStatus
    /// The fact that caused the change, or that the note records.
    public var cause: TransitionCause
    /// On a note, what happened, in one sentence (`in_transit at Guangzhou`, `no scan for 7 days: …`); nil on a
    /// status change.
    public var note: String?
    /// On a note of a carrier scan, the scan's kind (R10); nil otherwise.
    public var scan: ScanKind?

    public init(at: Date, status: OrderStatus, cause: TransitionCause, note: String? = nil, scan: ScanKind? = nil) {
        self.at = at
        self.status = status
        self.cause = cause
        self.note = note
        self.scan = scan
    }

    /// Whether the entry records a status change (not a note).
    public var isStatusChange: Bool { note == nil }
}
