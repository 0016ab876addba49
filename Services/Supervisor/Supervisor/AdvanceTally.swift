/// What one clock advance took, for its log line: steps, passes of `clock.progress`, and the time spent waiting
/// for the mesh to settle.
struct AdvanceTally {
    var steps = 0
    var passes = 0
    var settling = Duration.zero
}
