import Foundation

/// The dispatch policy and wiring read from the mesh config's `services.dispatch.settings` (R6, R7).
///
/// | key                       | type            | default     | meaning                                             |
/// |---------------------------|-----------------|-------------|-----------------------------------------------------|
/// | `dispatch_target_minutes` | positive number | `120`       | a purchase order sent later than release + this is late (R6) |
/// | `acknowledge_hours`       | positive number | `24`        | a supplier silent this long after the PO is replaced |
/// | `ship_hours`              | positive number | `48`        | a supplier that has not shipped by then is replaced (R7) |
/// | `refund_after_hours`      | positive number | `72`        | after every supplier failed, the order is refunded then |
/// | `supplier_connector`      | instance name   | `simulator` | the mesh instance whose RPC endpoint is the supplier connector |
/// | `connector_calls_per_worker` | positive integer | `8`     | supplier calls one worker keeps in flight at once   |
///
/// Unknown keys are refused, naming the key.
public struct DispatchSettings: Sendable, Equatable {
    public var policy: DispatchPolicy
    /// The instance that answers `supplier.purchase_order` and `supplier.cancel`.
    public var supplierConnector: String
    /// How many connector calls one worker makes concurrently, over all its partitions.
    public var connectorCallsPerWorker: Int

    /// The defaults.
    public init(policy: DispatchPolicy = DispatchPolicy(), supplierConnector: String = "simulator") {
        self.policy = policy
        self.supplierConnector = supplierConnector
        connectorCallsPerWorker = 8
    }

    /// Reads `settings`, the service's policy map, each scalar as text.
    /// - Parameter service: the service's name under `services`, for the key path in errors.
    public init(_ settings: [String: String], service: String) throws(DispatchSettingsError) {
        self.init()
        for (key, text) in settings.sorted(by: { $0.key < $1.key }) {
            let path = "services.\(service).settings.\(key)"
            let value = text.trimmingCharacters(in: .whitespaces)
            switch key {
            case "dispatch_target_minutes": policy.dispatchTarget = try Self.duration(value, unit: 60, path)
            case "acknowledge_hours": policy.acknowledgeWithin = try Self.duration(value, unit: 3600, path)
            case "ship_hours": policy.shipWithin = try Self.duration(value, unit: 3600, path)
            case "refund_after_hours": policy.refundAfter = try Self.duration(value, unit: 3600, path)
            case "supplier_connector":
                guard !value.isEmpty else { throw DispatchSettingsError(key: path, "expected an instance name") }
                supplierConnector = value
            case "connector_calls_per_worker":
                guard let count = Int(value), (1...1024).contains(count) else {
                    throw DispatchSettingsError(key: path, "expected an integer from 1 to 1024, got \"\(text)\"")
                }
                connectorCallsPerWorker = count
            default:
                throw DispatchSettingsError(
                    key: path,
                    "unknown setting (known: acknowledge_hours, connector_calls_per_worker, dispatch_target_minutes, "
                        + "refund_after_hours, ship_hours, supplier_connector)")
            }
        }
    }

    private static func duration(_ text: String, unit: Double, _ path: String) throws(DispatchSettingsError)
        -> TimeInterval
    {
        guard let amount = Double(text), amount.isFinite, amount > 0, amount * unit <= 365 * 86_400 else {
            throw DispatchSettingsError(key: path, "expected a positive number up to a year, got \"\(text)\"")
        }
        return (amount * unit * 1000).rounded() / 1000
    }
}

/// A dispatch setting that cannot be used, described on one line with its key path.
public struct DispatchSettingsError: Error, Equatable, CustomStringConvertible {
    /// The dotted key path, e.g. `services.dispatch.settings.ship_hours`.
    public var key: String
    public var reason: String

    init(key: String, _ reason: String) {
        self.key = key
        self.reason = reason
    }

    /// `config key 'services.dispatch.settings.ship_hours': expected a positive number up to a year, got "x"`.
    public var description: String { "config key '\(key)': \(reason)" }
}
