extension DocumentStrings {
    /// Simplified Chinese (R9).
    static let chinese = DocumentStrings(
        packingList: "装箱单", invoice: "发票", commercialInvoice: "商业发票",
        order: "订单", purchaseOrder: "采购订单", date: "日期", shipTo: "收货地址",
        returnAddress: "退货地址", seller: "卖方", customer: "客户", exporter: "出口商",
        consignee: "收货人", phone: "电话", sku: "SKU", item: "商品", quantity: "数量",
        unitPrice: "单价", unitValue: "单价", total: "总计", hsCode: "HS编码",
        goodsDescription: "货物描述", countryOfOrigin: "原产国",
        countryOfDestination: "目的国", declaredValue: "申报价值", currency: "币种",
        packagingInstructions: "包装说明", reasonForExport: "出口原因", sale: "销售",
        declaration: "本人声明本发票所列信息真实无误。",
        labelSeparator: "：")
}
