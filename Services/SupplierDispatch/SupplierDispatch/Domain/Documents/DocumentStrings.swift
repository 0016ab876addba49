/// The words printed on a purchase order's documents in one language (R9): titles and field labels.
///
/// Values (names, addresses, SKUs, amounts, codes) are never translated; amounts print as `19.99 EUR` and dates
/// as ISO 8601 (`2026-11-21`), which read the same in every language.
public struct DocumentStrings: Sendable, Equatable {
    public let packingList: String
    public let invoice: String
    public let commercialInvoice: String
    public let order: String
    public let purchaseOrder: String
    public let date: String
    public let shipTo: String
    public let returnAddress: String
    public let seller: String
    public let customer: String
    public let exporter: String
    public let consignee: String
    public let phone: String
    public let sku: String
    public let item: String
    public let quantity: String
    public let unitPrice: String
    public let unitValue: String
    public let total: String
    public let hsCode: String
    public let goodsDescription: String
    public let countryOfOrigin: String
    public let countryOfDestination: String
    public let declaredValue: String
    public let currency: String
    public let packagingInstructions: String
    public let reasonForExport: String
    /// The reason for export of every Dropline parcel: a sale.
    public let sale: String
    /// The exporter's statement that closes a commercial invoice.
    public let declaration: String
    /// What separates a label from its value in running text (`Phone: …`): `：` in Chinese, ` : ` in French.
    public let labelSeparator: String

    /// The table of `language`.
    public static func of(_ language: DocumentLanguage) -> DocumentStrings {
        switch language {
        case .english: .english
        case .chinese: .chinese
        case .spanish: .spanish
        case .french: .french
        case .german: .german
        case .portuguese: .portuguese
        }
    }

    /// The title of a kind of document.
    public func title(of kind: DocumentKind) -> String {
        switch kind {
        case .packingList: packingList
        case .invoice: invoice
        case .commercialInvoice: commercialInvoice
        }
    }
}
