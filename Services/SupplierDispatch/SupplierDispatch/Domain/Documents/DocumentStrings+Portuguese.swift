extension DocumentStrings {
    /// Portuguese (R9), in words Portugal and Brazil share.
    static let portuguese = DocumentStrings(
        packingList: "Lista de embalagem", invoice: "Fatura", commercialInvoice: "Fatura comercial",
        order: "Pedido", purchaseOrder: "Ordem de compra", date: "Data", shipTo: "Enviar para",
        returnAddress: "Endereço de devolução", seller: "Vendedor", customer: "Cliente", exporter: "Exportador",
        consignee: "Destinatário", phone: "Telefone", sku: "SKU", item: "Produto", quantity: "Quantidade",
        unitPrice: "Preço unitário", unitValue: "Valor unitário", total: "Total", hsCode: "Código SH",
        goodsDescription: "Descrição das mercadorias", countryOfOrigin: "País de origem",
        countryOfDestination: "País de destino", declaredValue: "Valor declarado", currency: "Moeda",
        packagingInstructions: "Instruções de embalagem", reasonForExport: "Motivo da exportação",
        sale: "Venda", declaration: "Declaro que as informações desta fatura são verdadeiras e corretas.",
        labelSeparator: ": ")
}
