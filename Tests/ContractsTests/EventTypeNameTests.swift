import Contracts
import Testing

/// Event type names: unique, and `noun.verb_past` as docs/architecture.md §3 writes them, so that ZeroMQ
/// prefix subscriptions such as `stock.` work.
@Suite("Event type names")
struct EventTypeNameTests {
    @Test("no two event types share a name")
    func unique() {
        let names = EventSamples.all.map(\.eventType)
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "repeated: \(repeated)")
        #expect(Set(names).count == EventSamples.count)
    }

    @Test(
        "each name is a lower-case snake_case subject, one dot, and a lower-case snake_case fact",
        arguments: EventSamples.all)
    func shape(sample: EventSample) {
        #expect(sample.eventType.wholeMatch(of: #/[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*/#) != nil)
    }

    @Test("each stream's events name its own subjects, none a prefix of another stream's")
    func subjectsPerStream() {
        let subjects = Set(EventSamples.all.map { String($0.eventType.prefix { $0 != "." }) })
        #expect(
            subjects == [
                "clock", "catalog", "order", "stock", "listing", "supplier_stock", "payment", "fraud", "purchase_order",
                "dispatch",
            ])
        for subject in subjects {
            let others = subjects.subtracting([subject])
            #expect(!others.contains { $0.hasPrefix(subject) }, "\(subject). would also match another subject")
        }
    }
}
