/// The parameters of a method that takes none (`health`, `status`, `supervisor.status` …), and the answer of one
/// that has nothing to say (`supervisor.stop`): `{}`.
public struct Empty: Codable, Sendable, Equatable {
    public init() {}
}
