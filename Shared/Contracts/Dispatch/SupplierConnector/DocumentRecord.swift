import Foundation

/// One document of a purchase order in one language, as HTML to print and JSON to process.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// `packing_list`, `invoice`, `commercial_invoice`.
    public var kind: String
    /// BCP 47 language, e.g. `pt`.
    public var language: String
    public var html: String
    public var json: String

    public init(kind: String, language: String, html: String, json: String) {
        self.kind = kind
        self.language = language
        self.html = html
        self.json = json
    }
}
