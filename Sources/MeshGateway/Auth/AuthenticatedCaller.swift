/// Who a validated API key belongs to.
public struct AuthenticatedCaller: Sendable, Hashable {
    public var callerID: String
    /// "user", "service" or "admin".
    public var role: String

    public init(callerID: String, role: String) {
        self.callerID = callerID
        self.role = role
    }
}
