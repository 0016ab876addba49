extension DocumentStrings {
    /// English, the fallback language and the language of customs (R9).
    static let english = DocumentStrings(
        packingList: "Packing list", invoice: "Invoice", commercialInvoice: "Commercial invoice",
        order: "Order", purchaseOrder: "Purchase order", date: "Date", shipTo: "Ship to",
        returnAddress: "Return address", seller: "Seller", customer: "Customer", exporter: "Exporter",
        consignee: "Consignee", phone: "Phone", sku: "SKU", item: "Item", quantity: "Quantity",
        unitPrice: "Unit price", unitValue: "Unit value", total: "Total", hsCode: "HS code",
        goodsDescription: "Description of goods", countryOfOrigin: "Country of origin",
        countryOfDestination: "Country of destination", declaredValue: "Declared value", currency: "Currency",
        packagingInstructions: "Packaging instructions", reasonForExport: "Reason for export", sale: "Sale",
        declaration: "I declare that the information on this invoice is true and correct.",
        labelSeparator: ": ")
}
