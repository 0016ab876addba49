/// The answer to `tracking.infractions`: the infractions recorded (R8, R10), oldest first.
public struct InfractionList: Codable, Sendable, Equatable {
    public var infractions: [InfractionRecorded]

    public init(infractions: [InfractionRecorded]) {
        self.infractions = infractions
    }
}
