import Contracts
import Foundation
import ServiceKit

extension PlacementRequest {
    /// The request's fingerprint, stored with its idempotency key's answer (R1): the SHA-256 of the request as it
    /// arrived, encoded in the store's canonical JSON (keys sorted, absent optional fields left out). A retry that
    /// sends the same request, byte for byte or in another JSON spelling of the same values (keys in another order,
    /// other whitespace between them), has the same fingerprint; a request whose values differ in any way, even only
    /// by a space inside a value or the Unicode form of its text, has another.
    /// Computed before validation and normalisation, so that a change to those rules never changes it.
    var fingerprint: Data {
        get throws { SHA256.digest(try StoreCoding.encoder.encode(self)) }
    }
}
