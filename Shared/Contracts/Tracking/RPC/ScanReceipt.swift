/// The answer to `tracking.scan`: the order the parcel belongs to and whether this report was new.
public struct ScanReceipt: Codable, Sendable, Equatable {
    public var orderID: OrderID
    /// False when the carrier had reported this `scanID` before: nothing changed.
    public var isNew: Bool
    /// The parcel's latest scan kind after this report.
    public var latest: ScanKind

    public init(orderID: OrderID, isNew: Bool, latest: ScanKind) {
        self.orderID = orderID
        self.isNew = isNew
        self.latest = latest
    }
}
