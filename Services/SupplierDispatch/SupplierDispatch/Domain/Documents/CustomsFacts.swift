import Contracts

/// What the commercial invoice declares, after `PurchaseOrderDocumentInput.verify()` checked it (R9).
struct CustomsFacts: Sendable, Equatable {
    /// A subheading of the HS 2022 nomenclature, six ASCII digits.
    var hsCode: String
    /// The nomenclature's description of `hsCode`.
    var hsDescription: String
    var origin: CountryCode
    var destination: CountryCode
    /// Unit price × quantity, in the unit price's currency; also the invoice's total.
    var declaredValue: Money
}
