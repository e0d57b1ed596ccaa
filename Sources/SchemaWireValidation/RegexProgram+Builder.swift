/// Code generation: the parsed pattern as instructions for the matching machine.
extension RegexProgram {

    struct Builder {
        var code: [Instruction] = []
        var sets: [ScalarSet] = []

        /// Emits `node`; `false` when the expansion of counted repeats would be too large.
        mutating func emit(_ node: Node) -> Bool {
            guard code.count < 20_000 else { return false }
            switch node {
            case .empty:
                return true
            case .scalar(let value):
                code.append(.scalar(value))
            case .any:
                code.append(.anyButLineTerminator)
            case .set(let set):
                sets.append(set.withASCIITable())
                code.append(.set(sets.count - 1))
            case .start:
                code.append(.assertStart)
            case .end:
                code.append(.assertEnd)
            case .wordBoundary(let wanted):
                code.append(.wordBoundary(wanted))
            case .sequence(let parts):
                for part in parts where !emit(part) { return false }
            case .alternation(let branches):
                var jumps: [Int] = []
                for (offset, branch) in branches.enumerated() {
                    if offset < branches.count - 1 {
                        let split = code.count
                        code.append(.split(split + 1, -1))
                        guard emit(branch) else { return false }
                        jumps.append(code.count)
                        code.append(.jump(-1))
                        code[split] = .split(split + 1, code.count)
                    } else {
                        guard emit(branch) else { return false }
                    }
                }
                for jump in jumps { code[jump] = .jump(code.count) }
            case .repetition(let body, let min, let max):
                for _ in 0..<min where !emit(body) { return false }
                if let max {
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(code.count)
                        code.append(.split(code.count + 1, -1))
                        guard emit(body) else { return false }
                    }
                    for split in splits { code[split] = .split(split + 1, code.count) }
                } else {
                    let loop = code.count
                    code.append(.split(loop + 1, -1))
                    guard emit(body) else { return false }
                    code.append(.jump(loop))
                    code[loop] = .split(loop + 1, code.count)
                }
            }
            return true
        }
    }
}
