import ArgumentParser
import Contracts
import Foundation

/// Reads the files an operator hands the CLI (a catalogue, a placement request): a contract value from JSON, a
/// refusal naming the file and the field (`catalog.json: listings[0].title is required`).
enum InputFile {
    /// The value of type `Value` in the JSON file at `path`.
    static func readJSON<Value: Decodable>(_ path: String, as type: Value.Type) throws -> Value {
        try decodeJSON(try contents(of: path), as: type, path: path)
    }

    /// The bytes of the file at `path`.
    static func contents(of path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot be read")
        }
        return data
    }

    /// `data` decoded as `Value`, with dates as the mesh writes them.
    static func decodeJSON<Value: Decodable>(_ data: Data, as type: Value.Type, path: String) throws -> Value {
        do {
            return try DomainTime.makeDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ValidationError("\(path): \(location(context.codingPath + [key])) is required")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ValidationError("\(path): \(location(context.codingPath)) has the wrong type")
        } catch let DecodingError.dataCorrupted(context) {
            let field = location(context.codingPath)
            throw ValidationError("\(path): \(field.isEmpty ? "" : field + ": ")\(context.debugDescription)")
        }
    }

    /// `listings[0].variations[1].sku`.
    private static func location(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}
