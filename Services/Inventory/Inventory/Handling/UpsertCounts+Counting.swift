import Contracts

extension UpsertCounts {
    /// Counts one record; returns whether it is new or changed (and so must be written and published).
    mutating func count<Record: Equatable>(stored: Record?, new: Record) -> Bool {
        if stored == nil {
            created += 1
        } else if stored == new {
            unchanged += 1
        } else {
            updated += 1
        }
        return stored != new
    }
}
