/// The three documents of a purchase order (R6, R9), spelled as `DocumentRecord.kind` spells them.
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    /// What is in the parcel, for the supplier's packer and the customer, under the merchant's brand; no prices (R6).
    case packingList = "packing_list"
    /// The merchant's invoice to the customer: unit price, quantity, total (R6).
    case invoice
    /// The invoice customs read: exporter, consignee, HS code, declared value, origin, reason for export (R9).
    case commercialInvoice = "commercial_invoice"
}
