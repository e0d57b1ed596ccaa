import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SchemaWire

/// The Events Hub's REST side, over Foundation's `URLSession` (data tasks work on Linux).
public struct EventsHubREST: Sendable {
    /// The server's HTTP base URL, e.g. `http://127.0.0.1:5680`.
    public let baseURL: URL
    /// The credentials sent with every request.
    public let credentials: EventsHubCredential

    /// Creates the REST client.
    public init(baseURL: URL, credentials: EventsHubCredential) {
        self.baseURL = baseURL
        self.credentials = credentials
    }

    /// `POST /api/v1/ws/unsubscribe` with `{client_id, event_types}`, mapped to a typed result.
    /// Throws `ClientError.connectionFailed` when no HTTP answer arrives at all.
    public func unsubscribe(clientID: String, eventTypes: [String]) async throws(ClientError) -> EventsHubUnsubscribeResult {
        var request = URLRequest(url: baseURL.appendingPathComponent("api/v1/ws/unsubscribe"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(credentials.headerValue, forHTTPHeaderField: credentials.headerName)
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("client_id", clientID)
        writer.member("event_types", eventTypes)
        writer.endObject()
        request.httpBody = Data(writer.bytes)
        let (status, body) = try await Self.perform(request)
        return Self.result(status: status, body: body)
    }

    /// Maps a status and body to the typed result.
    static func result(status: Int, body: [UInt8]) -> EventsHubUnsubscribeResult {
        let object = try? JSONValue(parsing: body)
        let message = object?["message"]?.stringValue ?? String(decoding: body.prefix(300), as: UTF8.self)
        switch status {
        case 200: return body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) ? .unsubscribed : .partiallyUnsubscribed(message: message)
        case 400: return .rejected(message: message)
        case 401: return .unauthorized(detail: object?["error_description"]?.stringValue ?? object?["error"]?.stringValue ?? "")
        case 503: return .serviceUnavailable(message: message)
        default: return .unexpectedStatus(status, body: String(decoding: body.prefix(300), as: UTF8.self))
        }
    }

    private static func perform(_ request: URLRequest) async throws(ClientError) -> (Int, [UInt8]) {
        // One ephemeral session per call: no pooled connection is reused after the server closed it.
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let outcome: Result<(Int, [UInt8]), ClientError> = await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request) { data, response, error in
                if let http = response as? HTTPURLResponse {
                    continuation.resume(returning: .success((http.statusCode, Array(data ?? Data()))))
                } else {
                    let why = error.map { ($0 as NSError).localizedDescription } ?? "no HTTP response"
                    continuation.resume(returning: .failure(.connectionFailed(.connectFailed(why))))
                }
            }
            task.resume()
        }
        return try outcome.get()
    }
}
