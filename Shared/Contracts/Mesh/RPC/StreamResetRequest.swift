/// The parameters of `streams.reset`, an operator's decision after a fence or a pruned gap: continue consuming
/// `stream` under the publisher's `epoch` after position `after`. The method answers the subscription's
/// `SubscriptionStatus`.
public struct StreamResetRequest: Codable, Sendable, Equatable {
    public var stream: String
    /// The publisher's epoch to trust from now on.
    public var epoch: String
    /// The last position to count as applied.
    public var after: UInt64

    public init(stream: String, epoch: String, after: UInt64) {
        self.stream = stream
        self.epoch = epoch
        self.after = after
    }
}
