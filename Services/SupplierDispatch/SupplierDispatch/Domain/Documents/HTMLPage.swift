/// A print-ready, standalone HTML page: UTF-8, a `lang` attribute, A4 print CSS, no external resources.
///
/// Text reaches the page only through the methods below, which escape every character HTML treats specially
/// (`& < > " '`); markup comes only from this file's literals. Nothing interpolated can add a tag or attribute.
struct HTMLPage {
    /// A table column: its heading, and whether it holds numbers (right-aligned).
    struct Column {
        var label: String
        var numeric = false
    }

    private let language: DocumentLanguage
    private let title: String
    private var body: [String] = []

    /// An empty page in `language` whose `<title>` is `title`.
    init(language: DocumentLanguage, title: String) {
        self.language = language
        self.title = title
    }

    /// The brand at the top of the page and the document's title under it (R6: the merchant's brand).
    mutating func header(brand: String, title: String) {
        body.append("<header><p class=\"brand\">\(Self.text(brand))</p><h1>\(Self.text(title))</h1></header>")
    }

    /// Label–value pairs, one per row.
    mutating func fields(_ fields: [(label: String, value: String)]) {
        body.append("<dl class=\"fields\">")
        for field in fields {
            body.append("<dt>\(Self.text(field.label))</dt><dd>\(Self.text(field.value))</dd>")
        }
        body.append("</dl>")
    }

    /// Address blocks side by side, each under its label.
    mutating func parties(_ parties: [(label: String, lines: [String])]) {
        body.append("<div class=\"parties\">")
        for party in parties {
            let lines = party.lines.map(Self.text).joined(separator: "<br>")
            body.append("<section><h2>\(Self.text(party.label))</h2><address>\(lines)</address></section>")
        }
        body.append("</div>")
    }

    /// A table with a heading row, body rows (a cell may span lines), and an optional total row.
    mutating func table(_ columns: [Column], rows: [[String]], total: (label: String, value: String)? = nil) {
        let heads = columns.map { "<th\(Self.alignment($0))>\(Self.text($0.label))</th>" }.joined()
        body.append("<table><thead><tr>\(heads)</tr></thead><tbody>")
        for row in rows {
            let cells = zip(columns, row).map { "<td\(Self.alignment($0))>\(Self.text($1))</td>" }.joined()
            body.append("<tr>\(cells)</tr>")
        }
        body.append("</tbody>")
        if let total {
            let span = max(columns.count - 1, 1)
            body.append(
                "<tfoot><tr><td colspan=\"\(span)\">\(Self.text(total.label))</td>"
                    + "<td class=\"number\">\(Self.text(total.value))</td></tr></tfoot>")
        }
        body.append("</table>")
    }

    /// A titled block of free text, such as the merchant's packaging instructions; line breaks are kept.
    mutating func section(_ label: String, text: String) {
        body.append("<section class=\"note\"><h2>\(Self.text(label))</h2><p>\(Self.text(text))</p></section>")
    }

    /// A closing paragraph in small print, such as the exporter's declaration.
    mutating func footnote(_ text: String) {
        body.append("<p class=\"footnote\">\(Self.text(text))</p>")
    }

    /// The whole document.
    func render() -> String {
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"\(Self.escape(language.htmlTag))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(Self.text(title))</title>",
            "<style>\(Self.css)</style>",
            "</head>",
            "<body>",
        ]
        return (head + body + ["</body>", "</html>", ""]).joined(separator: "\n")
    }

    // MARK: - Escaping

    /// `text` with `& < > " '` replaced by character references. Works on Unicode scalars, not `Character`s, so
    /// that a combining mark after `<` (which `Character` comparison would fold into one grapheme) is still caught.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Escaped text whose line breaks become `<br>`.
    private static func text(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { escape(String($0)) }
            .joined(separator: "<br>")
    }

    private static func alignment(_ column: Column) -> String {
        column.numeric ? " class=\"number\"" : ""
    }

    /// Plain, printable on A4 and Letter; system fonts with CJK fallbacks.
    private static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC", sans-serif; \
        font-size: 10.5pt; color: #000; margin: 0; }
        header { border-bottom: 2px solid #000; margin-bottom: 10pt; }
        .brand { font-size: 16pt; font-weight: bold; margin: 0; }
        h1 { font-size: 14pt; margin: 4pt 0 6pt; }
        h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 3pt; }
        address { font-style: normal; }
        dl.fields { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 0 0 10pt; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        .parties { display: flex; gap: 24pt; margin-bottom: 10pt; }
        .parties section { flex: 1; }
        table { width: 100%; border-collapse: collapse; margin-bottom: 10pt; page-break-inside: avoid; }
        th, td { border: 1px solid #444; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .number { text-align: right; white-space: nowrap; }
        tfoot td { font-weight: bold; }
        .note { border: 1px solid #444; padding: 4pt 6pt; margin-bottom: 10pt; }
        .footnote { font-size: 9pt; margin-top: 14pt; }
        @media print { th { background: none; } }
        """
}
