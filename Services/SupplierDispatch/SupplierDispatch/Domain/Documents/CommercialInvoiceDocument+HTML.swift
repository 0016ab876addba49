import Contracts

extension CommercialInvoiceDocument {
    /// The print-ready page customs read: the merchant as exporter (R6), the consignee, origin, destination,
    /// reason for export, currency, and per article the HS code with its description, quantity, unit value and
    /// declared value (R9).
    func html() -> String {
        let words = DocumentStrings.of(language)
        var page = HTMLPage(language: language, title: "\(words.commercialInvoice) \(orderID) · \(exporter.name)")
        page.header(brand: exporter.name, title: words.commercialInvoice)
        page.fields([
            (words.order, orderID.rawValue), (words.purchaseOrder, purchaseOrderID.rawValue),
            (words.date, DocumentFormat.date(issuedAt)),
            (words.countryOfOrigin, DocumentFormat.country(originCountry.code)),
            (words.countryOfDestination, DocumentFormat.country(destinationCountry.code)),
            (words.reasonForExport, words.sale), (words.currency, "\(currency.code) (\(currency.name))"),
        ])
        page.parties([
            (words.exporter, DocumentFormat.lines(of: exporter, words: words)),
            (words.consignee, DocumentFormat.lines(of: consignee, words: words)),
        ])
        page.table(
            [
                .init(label: words.hsCode), .init(label: words.goodsDescription), .init(label: words.sku),
                .init(label: words.countryOfOrigin), .init(label: words.quantity, numeric: true),
                .init(label: words.unitValue, numeric: true), .init(label: words.declaredValue, numeric: true),
            ],
            rows: lines.map {
                [
                    $0.hsCode, "\($0.title)\n\($0.hsDescription)", $0.sku, $0.originCountry.code, String($0.quantity),
                    $0.unitValue.description, $0.declaredValue.description,
                ]
            },
            total: (words.declaredValue, declaredValue.description))
        page.footnote(words.declaration)
        return page.render()
    }
}
