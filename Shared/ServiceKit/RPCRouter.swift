import Contracts
import Foundation
import Logging
import Streams

/// Maps RPC method names to async handlers; a handler gets the JSON body and returns a JSON result.
///
/// A handler throws `RPCFailure` for a refusal the caller should see (which field, why); any other error
/// becomes `internal` with its description, and is logged.
public struct RPCRouter: Sendable {
    /// Handles one request body.
    public typealias Method = @Sendable (Data) async throws -> Data
    private var methods: [String: Method] = [:]

    public init() {}

    /// Adds or replaces `name`.
    public mutating func register(_ name: String, _ method: @escaping Method) {
        methods[name] = method
    }

    /// Adds a method with typed parameters and result.
    public mutating func register<Params: Decodable & SendableMetatype, Result: Encodable & SendableMetatype>(
        _ name: String, params: Params.Type, _ method: @escaping @Sendable (Params) async throws -> Result
    ) {
        methods[name] = { body in
            let params = try RPCParams.decode(Params.self, from: body)
            return try RPCParams.encoder.encode(try await method(params))
        }
    }

    /// The same methods, each as `wrap` makes it of its name and itself (the host's crash guard around them).
    public func wrapped(_ wrap: (_ name: String, _ method: @escaping Method) -> Method) -> RPCRouter {
        var router = self
        for (name, method) in methods { router.methods[name] = wrap(name, method) }
        return router
    }

    /// Method names, sorted.
    public var names: [String] { methods.keys.sorted() }

    /// Runs the method `name` with `body`; returns `(ok, body)` as the ROUTER sends them (also for tests).
    public func handle(method name: String, body: Data, logger: Logger) async -> (ok: Bool, body: Data) {
        guard let method = methods[name] else { return (false, RPCParams.errorBody(.unknownMethod(name))) }
        do {
            return (true, try await method(body))
        } catch let failure as RPCFailure {
            return (false, RPCParams.errorBody(failure))
        } catch let failure as RPCCallError {
            if case .failed(let inner) = failure { return (false, RPCParams.errorBody(inner)) }
            return (false, RPCParams.errorBody(RPCFailure(code: "unavailable", message: failure.description)))
        } catch {
            logger.error("RPC failed", metadata: ["rpc.method": "\(name)", "error": "\(error)"])
            return (false, RPCParams.errorBody(RPCFailure(code: "internal", message: "\(error)")))
        }
    }
}

/// JSON decoding of RPC parameters with refusals that name the field and the reason.
public enum RPCParams {
    static let encoder = DomainTime.makeEncoder()
    static let decoder = DomainTime.makeDecoder()

    /// Decodes `body` (empty means `{}`) or throws `RPCFailure.invalidRequest` naming the field.
    public static func decode<Params: Decodable>(_ type: Params.Type, from body: Data) throws -> Params {
        do {
            return try decoder.decode(Params.self, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch let DecodingError.typeMismatch(_, context) where context.codingPath.isEmpty {
            throw RPCFailure.invalidRequest("the body must be a JSON object")
        } catch let DecodingError.valueNotFound(_, context) where context.codingPath.isEmpty {
            throw RPCFailure.invalidRequest("the body must be a JSON object")
        } catch let DecodingError.keyNotFound(key, context) {
            throw RPCFailure.invalidRequest("is required", field: path(context.codingPath + [key]))
        } catch let DecodingError.typeMismatch(type, context) {
            throw RPCFailure.invalidRequest("must be \(describe(type))", field: path(context.codingPath))
        } catch let DecodingError.valueNotFound(type, context) {
            throw RPCFailure.invalidRequest("must be \(describe(type)), not null", field: path(context.codingPath))
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw RPCFailure.invalidRequest(context.debugDescription, field: path(context.codingPath))
        } catch {
            throw RPCFailure.invalidRequest("the body is not valid JSON")
        }
    }

    /// The JSON error body for a failure.
    public static func errorBody(_ failure: RPCFailure) -> Data {
        (try? encoder.encode(RPCErrorBody(error: failure)))
            ?? Data(#"{"error":{"code":"internal","message":"unencodable error"}}"#.utf8)
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is UInt64.Type, is Int32.Type: "an integer"
        case is Bool.Type: "true or false"
        case is Double.Type: "a number"
        default: "a \(type)"
        }
    }
}
