/// A notification that cannot be sent: why, and its text, kept in the dead letter it becomes.
struct UnsentMail: Error {
    var reason: String
    var text: String
}
