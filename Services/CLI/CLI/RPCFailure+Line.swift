import Contracts

extension RPCFailure {
    /// The codes of a service that could not carry out a request, rather than a refusal of the request itself.
    static let runtimeCodes: Set<String> = ["unavailable", "internal", "unknown_method", "bad_reply"]

    /// Whether the service refused the request (exit 2: what was asked is wrong or not allowed now), as opposed to
    /// failing to carry it out (exit 1: `unavailable`, `internal`, `unknown_method`, an unreadable reply).
    var isRefusal: Bool { !Self.runtimeCodes.contains(code) }

    /// The CLI's one line for the failure, the same for every command: each field at fault with its reason, then
    /// the code, e.g. `shippingAddress.city: is required; shippingAddress.region: … (invalid_request)`, or the
    /// message alone with the code when no field is at fault (`No order ord_x. (not_found)` names `orderID`).
    var line: String {
        let faults =
            errors.flatMap { $0.isEmpty ? nil : $0.map(\.description) }
            ?? [field.map { "\($0): \(message)" } ?? message]
        return faults.joined(separator: "; ") + " (\(code))"
    }
}
