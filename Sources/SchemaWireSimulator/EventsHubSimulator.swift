import Foundation
import SchemaWire
import SchemaWireSocket

/// A Parallels DevOps "Events Hub" on loopback: token or API-key auth checked before the upgrade
/// (401 with an OAuth-style body otherwise), `event_types` from the query, the welcome message with
/// the `client_id`, `health` ping/pong, `system` client-id, error replies, and the REST
/// `POST /api/v1/ws/unsubscribe` with its 200/400/401/503 answers.
public final class EventsHubSimulator: SimulatorControls {
    private let host: SimulatorHost
    private let sequence = SimulatorCounter(start: 0)
    private let availability = SimulatorSwitch(true)
    /// The server-side bookkeeping.
    public var ledger: SimulatorLedger { host.ledger }

    /// Starts the simulator accepting `Authorization: Bearer <token>` or `X-Api-Key: <apiKey>`, on a
    /// loopback `port` (0, the default, picks an ephemeral one).
    public init(token: String, apiKey: String, feed: SimulatorFeed = .default, port: Int = 0) throws {
        let directory = EventsHubClientDirectory()
        let credentials = Credentials(token: token, apiKey: apiKey)
        let availability = self.availability
        let ledger = SimulatorLedger()
        host = try SimulatorHost(
            port: port,
            ledger: ledger,
            upgrade: { request in
                guard request.path == "/api/v1/ws/subscribe" else {
                    return .reject(WebSocketHTTPResponse(status: 404, text: "not found"))
                }
                guard credentials.accepts(request.headers) else {
                    await ledger.rejectedUpgrade()
                    return .reject(Self.unauthorized)
                }
                guard availability.isOn else {
                    return .reject(WebSocketHTTPResponse(status: 503, text: "{\"message\":\"EventEmitter service is not available\",\"code\":503}", contentType: "application/json"))
                }
                return .accept()
            },
            http: { request in
                await Self.answerREST(request, credentials: credentials, directory: directory, availability: availability, ledger: ledger)
            },
            serve: { connection, ledger in await Self.serve(connection, ledger: ledger, directory: directory) }
        )
        host.startFeed(feed) { [host = self.host, sequence = self.sequence] in await Self.tick(host: host, sequence: sequence) }
    }

    /// The HTTP base URL, `http://127.0.0.1:<port>`.
    public var baseURL: URL { host.httpURL }

    /// Whether the event emitter is "running" (`false` answers 503 to upgrades and REST calls).
    public func setAvailable(_ available: Bool) { availability.set(available) }

    /// Pushes one event to every subscribed channel.
    public func tick() async { await Self.tick(host: host, sequence: sequence) }

    /// Drops every connection abruptly.
    public func dropAllConnections() { host.server.dropAllConnections() }

    /// Answers pings or not.
    public func setAnswersPings(_ answers: Bool) { host.server.setAnswersPings(answers) }

    /// Stops everything.
    public func shutdown() async { await host.shutdown() }

    private struct Credentials: Sendable {
        let token: String
        let apiKey: String

        func accepts(_ headers: WebSocketHTTPHeaders) -> Bool {
            headers["Authorization"] == "Bearer \(token)" || headers["X-Api-Key"] == apiKey
        }
    }

    private static let unauthorized = WebSocketHTTPResponse(
        status: 401,
        text: "{\"error\":\"invalid_token\",\"error_description\":\"The access token is missing or invalid\"}",
        contentType: "application/json"
    )

    private static func tick(host: SimulatorHost, sequence: SimulatorCounter) async {
        let step = sequence.next()
        await host.publish { channel in EventsHubPayloads.event(channel, sequence: step).map { [$0] } ?? [] }
    }

    private static func serve(_ connection: WebSocketConnection, ledger: SimulatorLedger, directory: EventsHubClientDirectory) async {
        let clientID = UUID().uuidString.lowercased()
        let requested = (connection.request?.queryValue("event_types") ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var subscriptions = requested.filter { EventsHubPayloads.validTypes.contains($0) && $0 != "global" }
        subscriptions.append("global")
        for type in subscriptions { await ledger.subscribe(connection, to: type) }
        await directory.register(clientID, connection)
        defer { Task { await directory.remove(clientID) } }
        guard (try? await connection.send(text: EventsHubPayloads.welcome(clientID: clientID, subscriptions: subscriptions))) != nil else { return }
        do {
            for try await message in connection.messages {
                let reply = await answer(message.bytes, clientID: clientID, ledger: ledger)
                try await connection.send(text: reply)
            }
        } catch {
            return
        }
    }

    private static func answer(_ bytes: [UInt8], clientID: String, ledger: SimulatorLedger) async -> String {
        guard let request = try? JSONValue(parsing: bytes), request.objectValue != nil else {
            return EventsHubPayloads.error("invalid character in JSON", clientID: clientID)
        }
        let type = request["event_type"]?.stringValue ?? ""
        let refID = request["id"]?.stringValue ?? EventsHubPayloads.id()
        guard EventsHubPayloads.validTypes.contains(type) else {
            return EventsHubPayloads.error("invalid message type \(type)", clientID: clientID)
        }
        switch (type, request["message"]?.stringValue) {
        case ("health", "ping"?):
            await ledger.count("ping")
            return EventsHubPayloads.pong(clientID: clientID, refID: refID)
        case ("system", "client-id"?):
            return EventsHubPayloads.clientIDReply(clientID: clientID, refID: refID)
        default:
            return EventsHubPayloads.error("no handlers registered for type \(type)", clientID: clientID)
        }
    }

    private static func answerREST(
        _ request: WebSocketHTTPRequest, credentials: Credentials, directory: EventsHubClientDirectory,
        availability: SimulatorSwitch, ledger: SimulatorLedger
    ) async -> WebSocketHTTPResponse {
        guard request.method == "POST", request.path == "/api/v1/ws/unsubscribe" else {
            return WebSocketHTTPResponse(status: 404, text: "not found")
        }
        guard credentials.accepts(request.headers) else { return unauthorized }
        guard availability.isOn else { return restError(503, "EventEmitter service is not available") }
        guard let body = try? JSONValue(parsing: request.body), let clientID = body["client_id"]?.stringValue else {
            return restError(400, "Invalid request body")
        }
        let types = body["event_types"]?.arrayValue?.compactMap(\.stringValue) ?? []
        guard !types.isEmpty else { return restError(400, "Invalid event_types body parameter") }
        guard let connection = await directory.connection(for: clientID) else {
            return restError(400, "client \(clientID) does not exist")
        }
        return await unsubscribe(connection, types, ledger: ledger)
    }

    /// What the Go handler does: remove each valid, held type; `global` cannot go.
    private static func unsubscribe(_ connection: WebSocketConnection, _ types: [String], ledger: SimulatorLedger) async -> WebSocketHTTPResponse {
        let valid = types.map { $0.lowercased() }.filter { EventsHubPayloads.validTypes.contains($0) }
        guard !valid.isEmpty else {
            return restError(400, "No valid event types to unsubscribe: invalid event type(s): \(types.joined(separator: ", "))")
        }
        let held = await ledger.channels(of: connection)
        var removed: [String] = []
        var problems: [String] = []
        for type in valid {
            if type == "global" {
                problems.append("cannot unsubscribe from global event type")
            } else if !held.contains(type) {
                problems.append("not subscribed to event type \(type)")
            } else {
                await ledger.unsubscribe(connection, from: type)
                removed.append(type)
            }
        }
        if removed.isEmpty { return restError(400, problems.joined(separator: "; ")) }
        if problems.isEmpty { return WebSocketHTTPResponse(status: 200) }
        let message = "\(problems.joined(separator: "; ")) unsubscribed from: \(removed.joined(separator: ", "))"
        return WebSocketHTTPResponse(status: 200, text: "{\"message\":\"\(message)\",\"code\":200}", contentType: "application/json")
    }

    private static func restError(_ status: Int, _ message: String) -> WebSocketHTTPResponse {
        WebSocketHTTPResponse(status: status, text: "{\"message\":\"\(message)\",\"code\":\(status),\"stack\":[]}", contentType: "application/json")
    }
}
