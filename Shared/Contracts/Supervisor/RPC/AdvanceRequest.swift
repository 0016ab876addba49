/// The parameters of `clock.advance` (`dropline clock advance`): how far to move simulated time forward. The
/// supervisor moves it in steps, each published on the `clock` stream once the mesh has done what the one before
/// set off (docs/architecture.md §4), and answers a `ClockReading` once every process's clock has reached the end.
public struct AdvanceRequest: Codable, Sendable, Equatable {
    /// A duration such as `8h`, `90m` or `1d12h`.
    public var by: String
    /// A coarser resolution for this advance only, such as `1h` (the demo's follow-up of parcels): fewer steps, each
    /// fact stamped within it of its continuous time. Nil, or finer than `clock.resolution_ms`, keeps the mesh's.
    public var resolution: String?

    public init(by: String, resolution: String? = nil) {
        self.by = by
        self.resolution = resolution
    }
}
