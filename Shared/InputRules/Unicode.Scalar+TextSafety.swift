/// How the text policy (`TextRule`) classifies the characters that must not reach a shipping label, a packing list
/// or an email.
extension Unicode.Scalar {
    /// C0 controls, DEL and C1 controls (tab and newline included), and the Unicode line and paragraph separators.
    var isControlCharacter: Bool {
        switch properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// The embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069, which reorder the text around
    /// them (the "Trojan Source" trick: `‮gnp.exe` shows as `exe.png`).
    var isBidirectionalOverride: Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// A format character (Unicode category Cf) that shows as nothing: zero-width space and joiners
    /// (U+200B–U+200D), direction marks (U+200E, U+200F), word joiner, byte order mark (U+FEFF), soft hyphen,
    /// tag characters. Used to make two different strings look the same; `TextRule` accepts only a joiner inside a word
    /// of a script that needs it (`hasOnlyJoinersInWords`).
    var isInvisibleFormatCharacter: Bool {
        properties.generalCategory == .format
    }

    /// An emoji or pictograph.
    ///
    /// `isEmoji` alone is wrong: the digits, `#` and `*` have it because they can start a keycap emoji. So: a
    /// character shown as emoji by default, any other non-ASCII character with the emoji property (©, ™, ❤, ☺),
    /// the Miscellaneous Symbols, Dingbats and emoji blocks (so that emoji newer than this Unicode version count
    /// too), and the emoji presentation selector U+FE0F and keycap U+20E3 that turn `1` or `#` into an emoji.
    var isPictographic: Bool {
        if properties.isEmojiPresentation { return true }
        if properties.isEmoji && !isASCII { return true }
        switch value {
        case 0x2600...0x27BF, 0x1F000...0x1FAFF, 0xFE0F, 0x20E3: return true
        default: return false
        }
    }
}
