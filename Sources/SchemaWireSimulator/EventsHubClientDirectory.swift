import SchemaWireSocket

/// The Events Hub simulator's map from `client_id` to live connection, for the REST unsubscribe.
actor EventsHubClientDirectory {
    private var clients: [String: WebSocketConnection] = [:]

    func register(_ clientID: String, _ connection: WebSocketConnection) {
        clients[clientID] = connection
    }

    func remove(_ clientID: String) {
        clients[clientID] = nil
    }

    func connection(for clientID: String) -> WebSocketConnection? {
        clients[clientID]
    }
}
