/// The limits of the supplier connector (docs/rules.md, "The supplier connector").
public enum SupplierConnectorLimits {
    /// The largest request Dispatch sends a supplier connector, in bytes of JSON: 1 MiB, some twenty times a
    /// purchase order with its documents in three languages. Dispatch checks every request against it before
    /// sending, whatever the mesh's sockets would take: a larger one could never be delivered, so it is not sent and
    /// becomes a dead letter (the purchase order `undeliverable`), never a call retried for ever.
    public static let maximumRequestBytes = 1 << 20
}
