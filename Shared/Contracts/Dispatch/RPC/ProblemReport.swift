/// The body of `dispatch.report_problem` (R15): a customer's report about the order's shipment, and the
/// merchant's choice of who reships.
public struct ProblemReport: Codable, Sendable, Equatable {
    public var orderID: OrderID
    /// `wrong_item` or `damaged`.
    public var problem: ShipmentProblem
    /// `same_supplier` or `backup`.
    public var reship: ReshipmentSource

    public init(orderID: OrderID, problem: ShipmentProblem, reship: ReshipmentSource) {
        self.orderID = orderID
        self.problem = problem
        self.reship = reship
    }
}
