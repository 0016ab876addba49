import CYaml
import Foundation

/// Bounds what a YAML text may cost before it is composed: YAML's aliases repeat the node they name, so a few
/// lines of nested aliases (an "alias bomb") expand to billions of nodes and gigabytes. The text's events are read
/// once with libyaml, counting each alias as the nodes it stands for, and the text is refused as soon as it uses
/// more than `maximumAliases` aliases or expands to more than `maximumNodes` nodes. A mesh config needs neither:
/// the embedded default has about a thousand nodes and no alias.
enum YAMLBudget {
    static let maximumAliases = 100
    static let maximumNodes = 100_000

    /// Throws, naming `source`, when `yaml` goes beyond the budget. A text libyaml cannot parse passes: composing it
    /// reports the error with its position.
    static func check(_ yaml: String, source: String) throws(MeshConfigError) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        try bytes.withUnsafeMutableBufferPointer { (buffer) throws(MeshConfigError) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var tally = Tally()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                try tally.count(event, source: source)
            }
        }
    }

    /// The running count: nodes so far, aliases so far, the expanded size of each anchored node, and the
    /// collections still open with their anchor and their size at their start.
    private struct Tally {
        var nodes = 0
        var aliases = 0
        var anchored: [String: Int] = [:]
        var open: [(anchor: String?, nodesAtStart: Int)] = []

        mutating func count(_ event: yaml_event_t, source: String) throws(MeshConfigError) {
            switch event.type {
            case YAML_SCALAR_EVENT:
                try add(1, source: source)
                if let anchor = text(event.data.scalar.anchor) { anchored[anchor] = 1 }
            case YAML_ALIAS_EVENT:
                aliases += 1
                guard aliases <= YAMLBudget.maximumAliases else {
                    throw MeshConfigError(
                        source: source, "uses more than \(YAMLBudget.maximumAliases) YAML aliases (* references)")
                }
                try add(text(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1, source: source)
            case YAML_SEQUENCE_START_EVENT:
                try add(1, source: source)
                open.append((text(event.data.sequence_start.anchor), nodes))
            case YAML_MAPPING_START_EVENT:
                try add(1, source: source)
                open.append((text(event.data.mapping_start.anchor), nodes))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let collection = open.popLast() else { return }
                if let anchor = collection.anchor { anchored[anchor] = nodes - collection.nodesAtStart + 1 }
            default:
                return
            }
        }

        private mutating func add(_ count: Int, source: String) throws(MeshConfigError) {
            nodes += count
            guard nodes <= YAMLBudget.maximumNodes else {
                throw MeshConfigError(
                    source: source,
                    "expands to more than \(YAMLBudget.maximumNodes) YAML nodes (through its aliases); "
                        + "a mesh config needs a few hundred")
            }
        }

        private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
