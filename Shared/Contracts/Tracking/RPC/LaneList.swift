/// The answer to `tracking.lanes`: every measured lane, by origin, destination and carrier.
public struct LaneList: Codable, Sendable, Equatable {
    public var lanes: [LaneView]

    public init(lanes: [LaneView]) {
        self.lanes = lanes
    }
}
