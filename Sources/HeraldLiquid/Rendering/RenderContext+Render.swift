extension RenderContext {
    /// Renders nodes in order; stops early on `break` / `continue`.
    func render(_ nodes: [Node], into out: inout OutputBuffer) throws {
        budget.nesting &+= 1
        defer { budget.nesting &-= 1 }
        if budget.nesting > budget.maxNesting { throw nestingFailure(nodes) }
        for node in nodes {
            switch node {
            case .text(let run):
                out.append(run.bytes)
            case .output(let expression, let escape, let offset):
                try renderOutput(expression, escape: escape, offset: offset, into: &out)
            case .textOutput(let run, let expression, let escape, let offset):
                out.append(run.bytes)
                try renderOutput(expression, escape: escape, offset: Int(offset), into: &out)
            case .assign(let tag):
                try tag._withUnsafeGuaranteedRef { tag in
                    let value = try evaluate(tag.expression)
                    try countAssigned(value, tag.name, at: tag.offset)
                    assign(tag.name, value)
                }
            case .capture(let name, let body, let offset):
                var captured = OutputBuffer()
                try render(body, into: &captured)
                let text = LiquidValue.string(captured.string)
                try countAssigned(text, name, at: offset)
                assign(name, text)
                // In XML a capture holds rendered, already escaped markup; printed unchanged
                // (through any variable or partial argument) it is not escaped again.
                if outputContext == .xml, case .string(let markup) = text { budget.capturedMarkup.insert(markup) }
            case .conditional(let tag):
                try tag._withUnsafeGuaranteedRef { try renderConditional($0, into: &out) }
            case .caseTag(let subject, let branches):
                try renderCase(subject, branches, into: &out)
            case .forLoop(let loop):
                try renderFor(loop, into: &out)
            case .tablerow(let loop):
                try renderTablerow(loop, into: &out)
            case .breakLoop:
                interrupt = .breakLoop
            case .continueLoop:
                interrupt = .continueLoop
            case .cycle(let cycle):
                try renderCycle(cycle, into: &out)
            case .counter(let name, let increment):
                let current = counters?[name] ?? 0
                if increment {
                    OutputWriter.appendInteger(current, to: &out)
                    Self.set(name, current + 1, in: &counters)
                } else {
                    Self.set(name, current - 1, in: &counters)
                    OutputWriter.appendInteger(current - 1, to: &out)
                }
            case .ifchanged(let body):
                var rendered = OutputBuffer()
                try render(body, into: &rendered)
                let text = Array(rendered.bytes)
                if text != lastIfchanged {
                    out.append(rendered.bytes)
                    lastIfchanged = text
                }
            case .include(let partial):
                try renderInclude(partial, into: &out)
            case .render(let partial):
                try renderPartial(partial, into: &out)
            case .custom(let tag):
                try renderCustom(tag, into: &out)
            }
            if interrupt != nil { return }
        }
    }

    /// `{{ expression }}`: evaluates it and writes the value, escaped when `escape` is set.
    @inline(__always)
    func renderOutput(
        _ expression: Unmanaged<FilteredExpression>, escape: Bool, offset: Int, into out: inout OutputBuffer
    ) throws {
        // Borrowed from the template's storage, without a retain and release.
        let value = try expression._withUnsafeGuaranteedRef { try evaluate($0) }
        var escape = escape
        if escape, !budget.capturedMarkup.isEmpty, isCapturedMarkup(value) { escape = false }
        OutputWriter.append(value, escape: escape, raw: outputContext == .xml && !escape, to: &out)
        try checkOutput(out.count, at: offset)
    }

    /// Renders the first branch whose condition holds.
    func renderConditional(_ tag: ConditionalTag, into out: inout OutputBuffer) throws {
        for branch in tag.branches {
            if let condition = branch.condition {
                let holds = try condition.borrow { condition throws(LocatedFailure) in try evaluate(condition) }
                guard holds != branch.negate else { continue }
            }
            try branch.body.borrow { body in try render(body.nodes, into: &out) }
            return
        }
    }

    func renderCase(_ subject: Expression, _ branches: [CaseBranch], into out: inout OutputBuffer) throws {
        let value = try evaluate(subject)
        var renderElse = true
        for branch in branches {
            guard let candidates = branch.values else {
                if renderElse { try render(branch.body, into: &out) }
                continue
            }
            // Every matching value renders the body, as in Ruby, where each value is its own block.
            for candidate in candidates where try evaluate(candidate).liquidEquals(value) {
                renderElse = false
                try render(branch.body, into: &out)
                if interrupt != nil { return }
            }
        }
    }

    func renderCycle(_ cycle: CycleTag, into out: inout OutputBuffer) throws {
        let key = try cycle.group.map { try evaluate($0).stringValue } ?? cycle.key
        let index = cycles?[key] ?? 0
        if index < cycle.values.count {
            let value = try evaluate(cycle.values[index])
            OutputWriter.append(value, escape: outputContext == .xml, raw: false, to: &out)
        }
        Self.set(key, index + 1 >= cycle.values.count ? 0 : index + 1, in: &cycles)
    }

    func renderCustom(_ node: CustomTagNode, into out: inout OutputBuffer) throws {
        let argument = try node.arguments.map { try evaluate($0) }
        var body: String?
        if let nodes = node.body {
            var rendered = OutputBuffer()
            try render(nodes, into: &rendered)
            body = rendered.string
        }
        let text: String
        let length = node.tag.name.utf8.count
        do {
            text = try node.tag.render(argument: argument, body: body, context: filterContext)
        } catch let error as LiquidFilterError {
            throw LocatedFailure(
                LiquidErrorCode.filter, "\(node.tag.name): \(error.message)", at: node.offset, length: length,
                help: error.help)
        } catch let error as LocatedFailure {
            throw error
        } catch let error as LiquidError {
            throw error
        } catch {
            throw LocatedFailure(
                LiquidErrorCode.filter, "\(node.tag.name): \(error)", at: node.offset, length: length)
        }
        OutputWriter.append(.string(text), escape: outputContext == .xml, raw: false, to: &out)
    }
}
