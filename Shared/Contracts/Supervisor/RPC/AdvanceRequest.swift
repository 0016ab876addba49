/// The parameters of `clock.advance` (`dropline clock advance`): how far to move simulated time forward. The
/// supervisor publishes the new time on the `clock` stream and answers a `ClockReading`.
public struct AdvanceRequest: Codable, Sendable, Equatable {
    /// A duration such as `8h`, `90m` or `1d12h`.
    public var by: String

    public init(by: String) {
        self.by = by
    }
}
