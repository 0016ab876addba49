import Foundation

/// The mesh as the demo last saw it: what the progress display and the final summary print.
public struct DemoSnapshot: Sendable {
    public var start: Date
    public var now: Date
    public var end: Date
    public var orders: OrderCounts
    public var activity: DemoActivity
    public var suppliers: SupplierScores
    /// Dead letters over every process and partition.
    public var deadLetters: Int
    /// Emails written to the maildir so far.
    public var mails: Int

    public init(
        start: Date, now: Date, end: Date, orders: OrderCounts, activity: DemoActivity, suppliers: SupplierScores,
        deadLetters: Int, mails: Int
    ) {
        self.start = start
        self.now = now
        self.end = end
        self.orders = orders
        self.activity = activity
        self.suppliers = suppliers
        self.deadLetters = deadLetters
        self.mails = mails
    }
}
