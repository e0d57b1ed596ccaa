/// How `wss://` connections check the server.
///
/// On Linux TLS goes through the system's OpenSSL (the `CSchemaWireOpenSSL` system-library target,
/// linked at build time: `apt-get install libssl-dev`). By default the certificate chain is
/// verified against the system trust store, the host name (or IP address) in the URL is checked
/// against the certificate, SNI is sent, and TLS 1.2 is the oldest version accepted.
public struct WebSocketTLSConfiguration: Sendable, Hashable {
    /// Extra trusted CA certificates as PEM files (for private deployments and tests), added to the
    /// system trust store.
    public var additionalTrustedCAFiles: [String] = []
    /// Extra trusted CA certificates as PEM text, added to the system trust store.
    public var additionalTrustedCAPEM: [String] = []
    /// Whether the system trust store is used. Default `true`.
    public var usesSystemTrustStore: Bool = true
    /// DANGER: when `true`, any certificate from anyone is accepted and the connection can be read and
    /// altered by whoever sits on the path. Only for throwaway local experiments. Default `false`.
    public var dangerouslyDisableCertificateVerification: Bool = false

    /// Verification on, against the system trust store.
    public init() {}
}
