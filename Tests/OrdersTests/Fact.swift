import Contracts
import Foundation
import TestSupport

/// One upstream fact of R3–R5, for tables of arrival orders.
enum Fact: String, CaseIterable, Sendable {
    case authorise, holdStart, holdEnd, reviewOpen, reviewApprove

    /// Delivers the fact about `id` at `time` on its stream.
    func deliver(about id: OrderID, at time: Date, to harness: OrdersHarness) throws {
        switch self {
        case .authorise: try harness.deliver(ServiceFixtures.authorised(id, at: time))
        case .holdStart: try harness.deliver(ServiceFixtures.holdStarted(id, at: time))
        case .holdEnd: try harness.deliver(ServiceFixtures.holdEnded(id, at: time))
        case .reviewOpen: try harness.deliver(ServiceFixtures.reviewOpened(id, at: time))
        case .reviewApprove: try harness.deliver(ServiceFixtures.reviewApproved(id, at: time))
        }
    }
}
