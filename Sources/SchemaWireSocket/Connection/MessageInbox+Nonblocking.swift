extension MessageInbox {
    /// Adds one message without ever waiting (for callers that cannot block, such as the URLSession
    /// adapter, which receives one message at a time and so bounds itself).
    func pushWithoutWaiting(_ message: WebSocketMessage) {
        pushAllowingOverflow([message], bytes: message.bytes.count)
    }
}
