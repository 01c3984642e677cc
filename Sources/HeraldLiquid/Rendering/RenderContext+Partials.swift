import Synchronization

extension RenderContext {
    /// The variable a partial's `with`/`for` value is bound to: the name's last path component.
    static func partialVariableName(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: "/")) else { return name }
        return String(name.split(separator: "/").last ?? Substring(name))
    }

    func loadPartial(_ partial: PartialTag) throws -> (String, ParsedTemplate) {
        try checkDeadline(at: partial.offset)
        if depth + 1 > budget.limits.maxRenderDepth {
            throw limitFailure(
                "partials nest deeper than \(budget.limits.maxRenderDepth) levels", at: partial.offset,
                help: "check for a partial that renders itself, or raise maxRenderDepth")
        }
        let nameValue = try evaluate(partial.name)
        guard case .string(let name) = nameValue else {
            throw LocatedFailure(
                LiquidErrorCode.type, "template name must be a string, not \(nameValue.rubyClassName)",
                at: partial.offset, length: partial.length)
        }
        let generation = core.cacheGeneration.load(ordering: .relaxed)
        if budget.partialsGeneration != generation {
            budget.partials = nil
            budget.partialsGeneration = generation
        }
        if let loaded = budget.partials?[name] ?? nil, loaded.outputContext == outputContext { return (name, loaded) }
        do {
            let loaded = try core.require(name, outputContext: outputContext)
            if let partials = budget.partials {
                partials.set(name, loaded)
            } else {
                budget.partials = NameMap(name, loaded)
            }
            return (name, loaded)
        } catch let unavailable as TemplateUnavailable {
            throw LocatedFailure(
                LiquidErrorCode.templateNotFound, unavailable.message, at: partial.offset, length: partial.length,
                help: unavailable.help)
        }
    }

    /// `include`: renders in this context, sharing every variable.
    func renderInclude(_ partial: PartialTag, into out: inout OutputBuffer) throws {
        if includeDisabled {
            throw LocatedFailure(
                LiquidErrorCode.syntax, "'include' is not allowed inside 'render'", at: partial.offset,
                length: partial.length, help: "use 'render' in partials")
        }
        let (name, template) = try loadPartial(partial)
        // Its nodes point into its storage (`NodeStorage`): it must outlive their rendering.
        defer { withExtendedLifetime(template) {} }
        let variableName = partial.variableName ?? Self.partialVariableName(name)
        // Filled before it is pushed: the arguments are evaluated in the caller's scopes.
        let scope = emptyScope()
        for (key, expression) in partial.arguments { scope.set(key, try evaluate(expression)) }
        // Without `with`/`for`, Ruby binds the variable named like the template, if there is one.
        let bound: LiquidValue? = try partial.binding.map { try evaluate($0) } ?? lookupVariable(name)
        push(scope)
        let savedSource = source
        depth += 1
        source = template.source
        defer {
            source = savedSource
            depth -= 1
            popScope()
        }
        do {
            // Ruby renders an include once per element whenever the bound value is an array,
            // however it was bound; a `break` or `continue` inside ends the repetition and
            // reaches the caller's loop.
            if case .array(let values) = bound {
                for value in values {
                    setInInnermostScope(variableName, value)
                    try render(template.nodes, into: &out)
                    if interrupt != nil { break }
                }
            } else {
                setInInnermostScope(variableName, bound ?? .nil)
                try render(template.nodes, into: &out)
            }
        } catch let failure as LocatedFailure {
            throw locate(failure)
        }
    }

    /// `render`: renders in an isolated context that sees only its arguments and bindings.
    func renderPartial(_ partial: PartialTag, into out: inout OutputBuffer) throws {
        let (name, template) = try loadPartial(partial)
        // Its nodes point into its storage (`NodeStorage`): it must outlive their rendering.
        defer { withExtendedLifetime(template) {} }
        let variableName = partial.variableName ?? Self.partialVariableName(name)
        let bound = try partial.binding.map { try evaluate($0) }
        func renderOne(_ value: LiquidValue?, _ frame: LoopFrame?) throws {
            let child = core.takeContext()
            defer { core.recycle(child) }
            child.begin(isolatedFrom: self, source: template.source)
            for (key, expression) in partial.arguments { child.assign(key, try evaluate(expression)) }
            if let value, value != .nil { child.assign(variableName, value) }
            // Ruby binds `forloop` as a plain variable here, so loops in the partial get no parentloop.
            if let frame { child.assign("forloop", Self.forloopObject(frame)) }
            do {
                try child.render(template.nodes, into: &out)
            } catch let failure as LocatedFailure {
                throw child.locate(failure)
            }
        }
        if partial.isFor, let bound {
            let items: LoopItems
            switch bound {
            case .array, .range, .object: items = loopItems(bound, from: 0, to: nil)
            default:
                try renderOne(bound, nil)
                return
            }
            let frame = LoopFrame(name: name, length: items.count, parent: nil)
            for index in 0..<items.count {
                try countIteration(at: partial.offset)
                frame.index0 = index
                switch items {
                case .values(let slice): try renderOne(slice[slice.startIndex + index], frame)
                case .integers(let lower, _): try renderOne(.integer(lower + index), frame)
                }
            }
        } else {
            try renderOne(bound, nil)
        }
    }
}
