extension DocumentStrings {
    /// German (R9).
    static let german = DocumentStrings(
        packingList: "Packliste", invoice: "Rechnung", commercialInvoice: "Handelsrechnung",
        order: "Bestellung", purchaseOrder: "Einkaufsauftrag", date: "Datum", shipTo: "Lieferadresse",
        returnAddress: "Rücksendeadresse", seller: "Verkäufer", customer: "Kunde", exporter: "Ausführer",
        consignee: "Empfänger", phone: "Telefon", sku: "SKU", item: "Artikel", quantity: "Menge",
        unitPrice: "Einzelpreis", unitValue: "Einzelwert", total: "Gesamt", hsCode: "HS-Code",
        goodsDescription: "Warenbeschreibung", countryOfOrigin: "Ursprungsland",
        countryOfDestination: "Bestimmungsland", declaredValue: "Angegebener Wert", currency: "Währung",
        packagingInstructions: "Verpackungsanweisungen", reasonForExport: "Ausfuhrgrund", sale: "Verkauf",
        declaration: "Ich erkläre, dass die Angaben in dieser Rechnung wahr und richtig sind.",
        labelSeparator: ": ")
}
