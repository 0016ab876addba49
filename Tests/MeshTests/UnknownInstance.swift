/// The mesh config has no instance of this name.
struct UnknownInstance: Error {
    let name: String
}
