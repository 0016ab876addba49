/// Formats the prefix put before every forwarded line: the name padded to a width, then ` | `.
public enum LinePrefix {
    /// `name` padded with spaces to `width` characters (longer names are kept whole), followed by ` | `.
    public static func make(name: String, width: Int) -> String {
        let padding = String(repeating: " ", count: max(0, width - name.count))
        return name + padding + " | "
    }
}
