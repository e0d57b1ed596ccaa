import Foundation
import NavixyAPI

/// Where the commands find credentials: an option, else an environment variable. Values are
/// passed on to clients and simulators only, never printed.
enum Credentials {
    /// The Navixy session hash (`--hash`, `SCHEMAWIRE_NAVIXY_HASH`).
    static let navixyHashVariable = "SCHEMAWIRE_NAVIXY_HASH"
    /// The Events Hub bearer token (`--token`, `SCHEMAWIRE_EVENTSHUB_TOKEN`).
    static let eventsHubTokenVariable = "SCHEMAWIRE_EVENTSHUB_TOKEN"
    /// The Events Hub API key (`--api-key`, `SCHEMAWIRE_EVENTSHUB_API_KEY`).
    static let eventsHubAPIKeyVariable = "SCHEMAWIRE_EVENTSHUB_API_KEY"

    /// The value of `--option`, else of `variable`, else `nil` (empty values count as absent).
    static func value(_ option: String, _ variable: String, in arguments: ParsedArguments) -> String? {
        if let given = arguments.value(option), !given.isEmpty { return given }
        if let fromEnvironment = ProcessInfo.processInfo.environment[variable], !fromEnvironment.isEmpty { return fromEnvironment }
        return nil
    }

    /// A Navixy hash from the command line or environment, checked for its format (the error never holds it).
    static func navixyHash(_ arguments: ParsedArguments) throws(UsageError) -> String? {
        guard let text = value("hash", navixyHashVariable, in: arguments) else { return nil }
        do {
            return try SessionHash(text).secret
        } catch {
            throw UsageError("the Navixy hash must be 32 hexadecimal characters (\(error))")
        }
    }

    /// The credentials the simulators accept when none are given; documented in `simulate --help`,
    /// not secrets.
    enum SimulatorDefaults {
        /// The Navixy hash.
        static let navixyHash = "00000000000000000000000000000000"
        /// The Events Hub token.
        static let eventsHubToken = "simulator-token"
        /// The Events Hub API key.
        static let eventsHubAPIKey = "simulator-api-key"
    }
}
