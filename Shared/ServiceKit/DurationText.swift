import Foundation

/// Parses and prints durations as operators write them: `8h`, `90m`, `1d12h`, `30s`, `250ms`.
public enum DurationText {
    /// Parses a sequence of `<integer><unit>` parts (units `d`, `h`, `m`, `s`, `ms`); nil if malformed or zero.
    public static func parse(_ text: String) -> Duration? {
        var total = Duration.zero
        var digits = ""
        var characters = Array(text.trimmingCharacters(in: .whitespaces).lowercased())
        guard !characters.isEmpty else { return nil }
        characters.append(" ")
        var index = 0
        while index < characters.count - 1 {
            let character = characters[index]
            if character.isNumber {
                digits.append(character)
                index += 1
                continue
            }
            guard let value = Int64(digits), value >= 0 else { return nil }
            digits = ""
            switch character {
            case "d": total += .seconds(value * 86_400)
            case "h": total += .seconds(value * 3_600)
            case "m" where characters[index + 1] == "s":
                total += .milliseconds(value)
                index += 1
            case "m": total += .seconds(value * 60)
            case "s": total += .seconds(value)
            default: return nil
            }
            index += 1
        }
        guard digits.isEmpty, total > .zero else { return nil }
        return total
    }

    /// `1d 2h 3m 4s` style, largest units first, whole seconds.
    public static func format(_ duration: Duration) -> String {
        var seconds = duration.components.seconds
        guard seconds > 0 else { return "0s" }
        var parts: [String] = []
        for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60), ("s", 1)] where seconds >= size {
            parts.append("\(seconds / size)\(unit)")
            seconds %= size
        }
        return parts.joined(separator: " ")
    }
}
