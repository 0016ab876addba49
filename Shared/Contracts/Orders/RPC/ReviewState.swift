/// Where an order's fraud review stands (R4), as `orders.show` reports it. A review can open again after an
/// approval, until release.
public enum ReviewState: String, Sendable, Codable {
    /// The risk rules never flagged the order.
    case notOpened = "not_opened"
    /// A reviewer must decide; the order cannot be released.
    case pending
    /// The latest review was approved.
    case approved
}
