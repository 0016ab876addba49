import Contracts

/// What a dispatch timer (`JobDesk.timerKind`) carries: the order and which of its deadlines is due.
struct DeadlineTimer: Codable {
    var orderID: OrderID
    var deadline: DispatchDeadline
}
