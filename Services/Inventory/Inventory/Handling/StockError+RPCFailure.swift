import Contracts

/// Runs a domain operation, turning its refusal into the RPC's (`StockError.rpcFailure`).
func asRPCRefusal<Result>(_ operation: () throws(StockError) -> Result) throws(RPCFailure) -> Result {
    do {
        return try operation()
    } catch {
        throw error.rpcFailure
    }
}

extension StockError {
    /// The refusal `inventory.reserve` answers, as documented on `ReserveStockRequest`.
    var rpcFailure: RPCFailure {
        switch self {
        case .soldOut: RPCFailure(code: "sold_out", message: description, field: "quantity")
        case .insufficient: RPCFailure(code: "insufficient_stock", message: description, field: "quantity")
        case .unknownSKU: RPCFailure(code: "not_found", message: description, field: "sku")
        case .inactiveListing: RPCFailure(code: "inactive", message: description, field: "listingID")
        case .aboveLimit: RPCFailure(code: "above_limit", message: description, field: "quantity")
        case .reservationMismatch: RPCFailure(code: "conflict", message: description, field: "orderID")
        case .idempotencyKeyReused: RPCFailure(code: "conflict", message: description, field: "idempotencyKey")
        case .invalidQuantity: RPCFailure.invalidRequest(description, field: "quantity")
        default: RPCFailure.invalidRequest(description)
        }
    }
}
