/// Who said a parcel arrived (R11, and R12's two paths to eligibility).
public enum DeliveryEvidence: String, Sendable, Codable, CaseIterable {
    /// The carrier's delivery scan.
    case carrier
    /// The customer confirmed receipt (`orders.confirm_delivery`).
    case customer
}
