import Foundation

/// Every carrier Dropline knows, in the order the mesh config lists them (R9): `MeshConfiguration.carriers`.
/// Dispatch takes a ship report only for one of them, with a tracking number valid for it, and chooses each
/// purchase order's service level among theirs.
public struct CarrierCatalogue: Sendable, Hashable {
    public var carriers: [CarrierDefinition]

    public init(_ carriers: [CarrierDefinition]) {
        self.carriers = carriers
    }

    /// The carrier called `name`, in any case and with surrounding spaces ignored.
    public func carrier(named name: String) -> CarrierDefinition? {
        let wanted = Self.folded(name)
        return carriers.first { Self.folded($0.name) == wanted }
    }

    /// The carrier a ship report means by `name`: the carrier of that name, or the carrier of the service level
    /// whose full name it is (`Wish Post Standard` is Wish Post), in any case.
    public func carrier(reportedAs name: String) -> CarrierDefinition? {
        if let carrier = carrier(named: name) { return carrier }
        let wanted = Self.folded(name)
        return carriers.first { $0.serviceLevels.contains { Self.folded($0.fullName) == wanted } }
    }

    /// The carriers' names, comma-separated, for "must be one of …".
    public var names: String {
        carriers.map(\.name).joined(separator: ", ")
    }

    private static func folded(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
