/// Which form of subscribe/unsubscribe request the client sends.
public enum NavixyRequestForm: Sendable, Hashable {
    /// The current form: `{"action","hash","requests":[…]}` (every channel kind).
    case requests
    /// The older form `{"action","hash","events":["state"],"trackers":[…]}`, for servers that predate
    /// `requests`; only `state` channels can be expressed in it.
    case legacy
}
