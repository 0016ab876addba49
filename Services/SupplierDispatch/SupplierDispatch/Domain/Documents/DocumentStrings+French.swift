extension DocumentStrings {
    /// French (R9).
    static let french = DocumentStrings(
        packingList: "Liste de colisage", invoice: "Facture", commercialInvoice: "Facture commerciale",
        order: "Commande", purchaseOrder: "Bon de commande", date: "Date", shipTo: "Livrer à",
        returnAddress: "Adresse de retour", seller: "Vendeur", customer: "Client", exporter: "Exportateur",
        consignee: "Destinataire", phone: "Téléphone", sku: "SKU", item: "Article", quantity: "Quantité",
        unitPrice: "Prix unitaire", unitValue: "Valeur unitaire", total: "Total", hsCode: "Code SH",
        goodsDescription: "Désignation des marchandises", countryOfOrigin: "Pays d’origine",
        countryOfDestination: "Pays de destination", declaredValue: "Valeur déclarée", currency: "Devise",
        packagingInstructions: "Instructions d’emballage", reasonForExport: "Motif de l’exportation",
        sale: "Vente", declaration: "Je certifie que les informations figurant sur cette facture sont exactes.",
        labelSeparator: "\u{202F}: ")
}
