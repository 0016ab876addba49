/// The body of `dispatch.list`: an optional status filter and a page size (default 50, at most 500).
public struct DispatchListRequest: Codable, Sendable, Equatable {
    /// A `DispatchStatus` name; nil lists every status.
    public var status: String?
    public var limit: Int?

    public init(status: String? = nil, limit: Int? = nil) {
        self.status = status
        self.limit = limit
    }
}
