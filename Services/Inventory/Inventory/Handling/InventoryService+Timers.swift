import Contracts
import GRDB
import Logging
import ServiceKit

extension InventoryService {
    /// Fires one durable timer inside the firing transaction (the clock stream's in simulated mode): a
    /// reservation's expiry or the feed pull. It throws only for database errors, never for bad input, so
    /// a feed file can never halt the clock.
    public func fireTimer(_ timer: DurableTimer, in db: Database) throws {
        switch timer.kind {
        case Self.expiryTimerKind:
            let orderID = OrderID(rawValue: String(decoding: timer.payload, as: UTF8.self))
            try expireReservation(of: orderID, due: timer.due, in: db)
        case Self.feedPullTimer:
            try firePull(timer, in: db)
        default:
            logger.warning("Dropped a timer of an unknown kind", metadata: ["timer.id": "\(timer.id)"])
        }
    }
}
