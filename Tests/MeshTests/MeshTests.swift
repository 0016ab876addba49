import Testing

/// Every suite that starts real processes runs inside this one, one at a time, so that timing-sensitive
/// checks (heartbeats, health) do not compete with each other for the two cores.
@Suite(.serialized) enum MeshTests {}
