import DemoAPI

// Decodes a few messages with the generated Demo types and prints what it got, one line each;
// ConsumerPackageTests compares the lines.
let samples = [
    #"{"parcel_id":9007199254740993,"status":"held","weight_kg":1.25,"labels":{"b":"2","a":"1"},"kind":"scanned"}"#,
    #"{"kind":"scanned","parcel_id":1,"status":"lost_in_space","weight_kg":null}"#,
    #"{"kind":"delivered","signed_by":"R. Roe","note":{"door":3}}"#,
    #"{"kind":"teleported","parcel_id":2}"#,
    #"{"kind":"scanned","status":"held"}"#,
]
for sample in samples {
    do {
        let event = try JSONDecoding.decode(Demo.Parcels.Event.self, from: sample)
        switch event {
        case .scanned(let scan):
            let weight = scan.weightKg.map { String($0) } ?? "nil"
            let labels = (scan.labels ?? [:]).keys.sorted().map { key in "\(key)=\(scan.labels?[key] ?? "")" }
            print("scanned id=\(scan.parcelId) status=\(scan.status) weight=\(weight) labels=\(labels)")
        case .delivered(let delivery):
            let signer = delivery.signedBy ?? "-"
            print("delivered by=\(signer) extra=\(delivery.additionalMembers.keys) reencoded=\(JSONEncoding.encodeToString(event))")
        case .unknown(let tag, let raw):
            print("unknown tag=\(tag) raw=\(JSONEncoding.encodeToString(raw))")
        }
    } catch {
        print("error \(error)")
    }
}
print("channel \(Demo.Channels.ParcelEvents(parcelId: "p-7").address) server \(Demo.Servers.local)")
