/// Names one kind of fixed-length byte string (a hash, a public key, a signature, …) and its length.
///
/// Each kind is a caseless enum used as ``FixedHex``'s type parameter, so a hash can never be
/// passed where a public key is expected even though both are 32 bytes.
public protocol FixedHexKind: Sendable {
    /// The number of bytes.
    static var byteCount: Int { get }
    /// A short noun for error messages, e.g. "hash".
    static var name: String { get }
}
