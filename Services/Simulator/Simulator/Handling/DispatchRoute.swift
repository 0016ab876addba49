import Contracts
import MeshConfig
import ServiceKit

/// Finds the dispatch partition that owns a purchase order, the instance whose RPC endpoint takes the supplier's
/// answers (`DispatchPartitioning`: the order's partition of `count`, named `<service>.p<k>`).
public struct DispatchRoute: Sendable, Equatable {
    /// The partitions' instance names, `dispatch.p0` …, in partition order.
    public let instanceNames: [String]

    /// - Parameter instanceNames: at least one.
    public init(instanceNames: [String]) {
        precondition(!instanceNames.isEmpty, "a route needs at least one dispatch partition")
        self.instanceNames = instanceNames
    }

    /// The partitions of `dispatchService` in the mesh config; refused, naming the `dispatch` setting of
    /// `simulatorService`, when that service is missing or not partitioned.
    public init(
        configuration: MeshConfiguration, dispatchService: String, simulatorService: String
    ) throws(SettingsError) {
        guard let service = configuration.service(named: dispatchService), service.partitions > 0 else {
            throw SettingsError(
                key: "services.\(simulatorService).settings.dispatch",
                reason: "no partitioned service named \"\(dispatchService)\" in the mesh config")
        }
        self.init(instanceNames: service.partitionNames)
    }

    /// The instance name of the partition that owns `purchaseOrder`, or nil when the id does not name an order
    /// (`po_<order id>_<attempt>`).
    public func instanceName(for purchaseOrder: PurchaseOrderID) -> String? {
        DispatchPartitioning(count: instanceNames.count).partition(of: purchaseOrder).map { instanceNames[$0] }
    }
}
