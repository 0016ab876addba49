extension String? {
    /// The text, or nil when absent, empty or only white space.
    var nonBlank: String? {
        guard let self, !self.allSatisfy(\.isWhitespace) else { return nil }
        return self
    }
}
