/// A wait for order statuses timed out; says which statuses the orders had instead.
struct StatusWaitTimedOut: Error, CustomStringConvertible {
    let description: String
}
