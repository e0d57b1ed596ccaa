extension EventsHub.Events.GlobalEvent {
    /// The connection's client id and subscriptions when this is the welcome event.
    ///
    /// Servers word the welcome differently (`…established subscribed to…` in the code,
    /// `…established; subscribed to…` in some guides), and a new wording arrives as
    /// `unknown(tag:raw:)`; so any `global` event whose body has the welcome's shape (`client_id`
    /// and `subscriptions`) counts as the welcome here.
    public var welcomeBody: EventsHub.Events.WelcomeBody? {
        switch self {
        case .welcome(let welcome):
            return welcome.body
        case .unknown(_, let raw):
            guard let body = raw["body"], body["client_id"] != nil, body["subscriptions"] != nil else { return nil }
            return try? JSONDecoding.decode(EventsHub.Events.WelcomeBody.self, from: JSONEncoding.encode(body))
        case .errorReply:
            return nil
        }
    }
}
