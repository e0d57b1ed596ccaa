import SchemaWire

extension Translator {
    /// Servers and channels of `asyncapi.json` (an API without one yet is an empty namespace).
    mutating func translateAsyncAPI() -> APIModel {
        var api = APIModel(namespace: namespace, servers: [], channels: [], files: [])
        guard let file = schemas.asyncAPI else { return api }
        let root = SchemaLocation(file: file, tokens: [], value: file.root)
        if let version = file.root["asyncapi"]?.stringValue, !version.hasPrefix("3.") {
            diagnose(.error, root, "AsyncAPI \(version) is not supported; write an AsyncAPI 3.0 document")
        }
        api.title = file.root["info"]?["title"]?.stringValue
        api.version = file.root["info"]?["version"]?.stringValue
        api.documentation = file.root["info"]?["description"]?.stringValue
        for (name, server) in file.root["servers"]?.objectValue ?? [:] {
            let scheme = server["protocol"]?.stringValue ?? "wss"
            let url = "\(scheme)://\(server["host"]?.stringValue ?? "")\(server["pathname"]?.stringValue ?? "")"
            api.servers.append(ServerModel(name: Naming.lowerCamel(name), url: url, documentation: server["description"]?.stringValue))
        }
        let operations = file.root["operations"]?.objectValue ?? [:]
        for key in file.root["channels"]?.objectValue?.keys ?? [] {
            guard let channel = root.child("channels")?.child(key) else { continue }
            api.channels.append(translateChannel(channel, key: key, operations: operations))
        }
        return api
    }

    mutating func translateChannel(_ channel: SchemaLocation, key: String, operations: JSONObject) -> ChannelModel {
        let value = channel.value
        var model = ChannelModel(
            name: Naming.typeName(value["x-swift-name"]?.stringValue ?? Naming.upperCamel(key)), key: key,
            address: value["address"]?.stringValue ?? "", title: value["title"]?.stringValue,
            documentation: value["description"]?.stringValue, provenance: channel.provenance, parameters: [], messages: [])
        for (wire, parameter) in value["parameters"]?.objectValue ?? [:] {
            var name = parameter["x-swift-name"]?.stringValue ?? Naming.lowerCamel(wire)
            // The descriptor's own members keep their names; a parameter spelled like one gets a suffix.
            if ["address", "addressTemplate", "sentMessageNames", "receivedMessageNames"].contains(name) { name += "Value" }
            model.parameters.append((Naming.memberName(name), wire, parameter["description"]?.stringValue))
        }
        var directions: [String: (sent: Bool, received: Bool)] = [:]
        for (_, operation) in operations where operation["channel"]?["$ref"]?.stringValue == "#/channels/\(SchemaLocation.escape(key))" {
            let action = operation["action"]?.stringValue
            let named = operation["messages"]?.arrayValue?.compactMap { $0["$ref"]?.stringValue?.split(separator: "/").last.map(String.init) }
            for message in named ?? value["messages"]?.objectValue?.keys ?? [] {
                var direction = directions[message] ?? (false, false)
                if action == "send" { direction.sent = true } else if action == "receive" { direction.received = true }
                directions[message] = direction
            }
        }
        for name in value["messages"]?.objectValue?.keys ?? [] {
            guard let entry = channel.child("messages")?.child(name) else { continue }
            var message = entry
            if let reference = entry.value["$ref"]?.stringValue {
                guard let target = schemas.resolve(reference, from: channel.file) else {
                    diagnose(.error, entry, "$ref \"\(reference)\" does not resolve")
                    continue
                }
                message = target
            }
            var payloadType = TypeReference.json
            if let payload = message.child("payload") {
                var unused: [DeclarationModel] = []
                payloadType = typeReference(payload, suggestedName: Naming.upperCamel(name), owner: namespace, nested: &unused).0
                if !unused.isEmpty { diagnose(.error, payload, "a message payload must $ref a named schema in a schema file") }
            }
            let direction = directions[name] ?? (false, false)
            model.messages.append(MessageModel(name: Naming.typeName(Naming.upperCamel(name)), summary: message.value["summary"]?.stringValue
                                               ?? message.value["description"]?.stringValue,
                                               payload: payloadType, sent: direction.sent, received: direction.received))
        }
        return model
    }
}
