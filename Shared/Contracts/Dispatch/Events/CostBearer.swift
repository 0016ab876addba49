import Foundation

/// Who pays for goods a supplier shipped after the order was cancelled (R15).
public enum CostBearer: String, Sendable, Codable, CaseIterable {
    /// The supplier had confirmed the cancellation, or had not shipped when it received it.
    case supplier
    /// The supplier shipped before it could know of the cancellation.
    case merchant
}
