// The ids that travel between services. Each is a distinct type over a `String` so that an order id cannot be
// passed where a merchant id is expected; in JSON each is the bare string (`"ord_01JD…"`), through the standard
// library's `Codable` implementation for `RawRepresentable` types with a `String` raw value.

/// A typed id over a string; `Kind` is a phantom tag that keeps ids of different things apart.
public struct Identifier<Kind>: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// The tags of `Identifier`.
public enum IdentifierKind {
    public enum Order {}
    public enum Merchant {}
    public enum Listing {}
    public enum Supplier {}
    public enum PurchaseOrder {}
}

/// An order's id, e.g. `ord_01JD…`: chosen by Orders at placement, the reservation key in Inventory, the key of
/// the payment authorisation and the fraud hold, and the `correlation` of every event about the order.
public typealias OrderID = Identifier<IdentifierKind.Order>

/// The merchant who sells a listing, fulfils its orders and is told when a supplier's stock runs low (R16).
public typealias MerchantID = Identifier<IdentifierKind.Merchant>

/// A merchant's listing (owned by Inventory), e.g. `lst_…`; an order buys one of its variations, named by SKU.
public typealias ListingID = Identifier<IdentifierKind.Listing>

/// A supplier that ships a listing's variations and reports its stock (R6, R16).
public typealias SupplierID = Identifier<IdentifierKind.Supplier>

/// A purchase order Dispatch sent to one supplier for one order (R6): `po_<order id>_<attempt>`, so that the id
/// names its order, and with it the dispatch partition that owns it (`DispatchPartitioning`).
public typealias PurchaseOrderID = Identifier<IdentifierKind.PurchaseOrder>
