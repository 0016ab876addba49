/// The parameters of `clock.advance` (`dropline clock advance`): how far to move simulated time forward. The
/// supervisor moves it in steps, each published on the `clock` stream once the mesh has done what the one before
/// set off (docs/architecture.md §4), and answers a `ClockReading` once every process's clock has reached the end.
public struct AdvanceRequest: Codable, Sendable, Equatable {
    /// A duration such as `8h`, `90m` or `1d12h`.
    public var by: String

    public init(by: String) {
        self.by = by
    }
}
