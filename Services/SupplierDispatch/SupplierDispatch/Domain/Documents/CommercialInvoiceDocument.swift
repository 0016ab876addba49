import Contracts
import Foundation

/// The commercial invoice customs read (`commercial_invoice`) as its JSON carries it (R9): a verified 6-digit HS
/// code with its description, the declared value in minor units with its ISO 4217 currency, origin and destination
/// as ISO 3166-1 alpha-2 codes, and the reason for export. The exporter is the merchant (R6).
public struct CommercialInvoiceDocument: Codable, Sendable, Equatable {
    /// One declared article.
    public struct Line: Codable, Sendable, Equatable {
        public var sku: String
        public var title: String
        /// The 6-digit HS 2022 subheading, verified against the nomenclature.
        public var hsCode: String
        /// The nomenclature's English description of `hsCode`.
        public var hsDescription: String
        public var originCountry: CountryCode
        public var quantity: Int
        /// What the customer paid per unit.
        public var unitValue: Money
        /// `unitValue` × `quantity`.
        public var declaredValue: Money
    }

    /// Why the goods cross the border. Dropline ships sales only.
    public enum ReasonForExport: String, Codable, Sendable {
        case sale
    }

    public var language: DocumentLanguage
    public var orderID: OrderID
    public var purchaseOrderID: PurchaseOrderID
    public var issuedAt: Date
    /// The merchant's brand and return address (R6).
    public var exporter: DocumentParty
    /// The recipient and the ship-to address.
    public var consignee: DocumentParty
    public var originCountry: CountryCode
    public var destinationCountry: CountryCode
    public var reasonForExport: ReasonForExport
    public var lines: [Line]
    /// The sum of the lines' declared values.
    public var declaredValue: Money
    /// The ISO 4217 code of every amount, e.g. `EUR`.
    public var currency: CurrencyCode
}

extension CommercialInvoiceDocument {
    /// The commercial invoice of `input`, whose customs facts `verified()` checked, in `language`.
    init(_ input: PurchaseOrderDocumentInput, customs: CustomsFacts, language: DocumentLanguage) {
        let line = Line(
            sku: input.sku, title: input.title, hsCode: customs.hsCode, hsDescription: customs.hsDescription,
            originCountry: customs.origin, quantity: input.quantity, unitValue: input.unitPrice,
            declaredValue: customs.declaredValue)
        self.init(
            language: language, orderID: input.orderID, purchaseOrderID: input.purchaseOrderID,
            issuedAt: input.issuedAt, exporter: input.merchant, consignee: input.recipient,
            originCountry: customs.origin, destinationCountry: customs.destination, reasonForExport: .sale,
            lines: [line], declaredValue: customs.declaredValue, currency: customs.declaredValue.currency)
    }
}
