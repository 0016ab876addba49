extension DocumentStrings {
    /// Spanish (R9).
    static let spanish = DocumentStrings(
        packingList: "Lista de empaque", invoice: "Factura", commercialInvoice: "Factura comercial",
        order: "Pedido", purchaseOrder: "Orden de compra", date: "Fecha", shipTo: "Enviar a",
        returnAddress: "Dirección de devolución", seller: "Vendedor", customer: "Cliente", exporter: "Exportador",
        consignee: "Consignatario", phone: "Teléfono", sku: "SKU", item: "Artículo", quantity: "Cantidad",
        unitPrice: "Precio unitario", unitValue: "Valor unitario", total: "Total", hsCode: "Código SA",
        goodsDescription: "Descripción de la mercancía", countryOfOrigin: "País de origen",
        countryOfDestination: "País de destino", declaredValue: "Valor declarado", currency: "Moneda",
        packagingInstructions: "Instrucciones de embalaje", reasonForExport: "Motivo de la exportación",
        sale: "Venta", declaration: "Declaro que la información de esta factura es verdadera y correcta.",
        labelSeparator: ": ")
}
