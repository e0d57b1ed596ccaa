#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How close the current thread is to the end of its stack, so that deeply nested documents end
/// with a validation error instead of a crash (threads of the concurrency pool have small stacks).
enum StackGuard {
    /// Stack kept free for recording errors and returning.
    private static let margin: UInt = 96 * 1024

    /// The address below which evaluation must stop on this thread, or 0 when it cannot be known.
    static func limit() -> UInt {
        #if canImport(Glibc)
        guard let getAttributes = getAttributes else { return 0 }
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attributes) }
        var lowest: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &lowest, &size) == 0, let lowest else { return 0 }
        return UInt(bitPattern: lowest) + margin
        #elseif canImport(Darwin)
        // Untested here: the Darwin calls report the top of the stack and its size.
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = UInt(pthread_get_stacksize_np(pthread_self()))
        return top - size + margin
        #else
        return 0
        #endif
    }

    #if canImport(Glibc)
    /// `pthread_getattr_np`, a GNU extension the Glibc module does not import, found at run time.
    private static let getAttributes: (@convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32).self)
    }()
    #endif

    /// The current stack position (stacks grow down on every supported platform).
    @inline(never)
    static func position() -> UInt {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}
