import Contracts

extension ReviewQueueEntry {
    /// An open case of the review queue as `fraud.queue` answers it.
    init(_ entry: ReviewQueue.Entry) {
        self.init(
            orderID: entry.orderID, merchantID: entry.merchantID, round: entry.round, openedAt: entry.openedAt,
            holdEnds: entry.holdEnds, reasons: entry.reasons)
    }
}
