/// Which dispatch partitions a worker hosts (R6): member `i` (1-based) of a group of `n` hosts every partition `k`
/// with `k % n == i - 1`. Every partition has exactly one designated member whatever `n` is, and a member beyond
/// the group's size (one being stopped) hosts none. The store's `flock` makes a partition's hand-over safe when
/// two members briefly disagree about `n`: the new host waits until the old one has closed it.
public enum PartitionAssignment {
    /// The partitions member `member` of a group of `groupSize` hosts, of `partitionCount`.
    public static func partitions(member: Int, groupSize: Int, partitionCount: Int) -> Set<Int> {
        guard groupSize > 0, (1...groupSize).contains(member) else { return [] }
        return Set((0..<partitionCount).filter { $0 % groupSize == member - 1 })
    }
}
