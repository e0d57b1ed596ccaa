import SchemaWire

/// One message decoded by the generated decoders into its typed model, with what the output needs.
struct DecodedMessage: Sendable {
    /// The API it belongs to.
    var api: APIName
    /// The channel it arrived on as the wire names it (Navixy `event`, Symbol `topic`, Events Hub `event_type`).
    var channel: String
    /// The typed value (the innermost variant of any union).
    var value: any JSONEncodable
    /// The Swift type name of `value` without its module, e.g. `Navixy.Events.StateEvent`.
    var typeName: String

    /// The value re-encoded by its generated encoder.
    var reencoded: String {
        var writer = JSONWriter()
        value.encode(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
