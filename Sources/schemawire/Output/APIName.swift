/// The three APIs the command speaks, as named on the command line.
enum APIName: String, CaseIterable, Sendable, Hashable {
    /// The Navixy user API event socket.
    case navixy
    /// The Symbol REST gateway's `/ws`.
    case symbol
    /// The Events Hub (`/api/v1/ws/subscribe`).
    case eventshub

    /// The label shown in feeds and summaries.
    var label: String {
        switch self {
        case .navixy: return "Navixy"
        case .symbol: return "Symbol"
        case .eventshub: return "EventsHub"
        }
    }

    /// The `--api` / positional value, or a usage error listing the choices.
    static func parse(_ text: String?, option: String = "api") throws(UsageError) -> APIName {
        guard let text else { throw UsageError("'--\(option)' is required (\(choices))") }
        guard let api = APIName(rawValue: text.lowercased()) else {
            throw UsageError("'\(text)' is not an API; choose one of \(choices)")
        }
        return api
    }

    /// `navixy, symbol, eventshub`.
    static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
