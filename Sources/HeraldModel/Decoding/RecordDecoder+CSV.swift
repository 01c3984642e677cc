extension RecordDecoder {
    /// Decodes one customer row of `customers.csv` with its invoice rows from `invoices.csv`.
    ///
    /// - Parameters:
    ///   - customer: The customer's row.
    ///   - header: The header of `customers.csv`.
    ///   - invoices: The customer's invoice rows.
    ///   - invoiceHeader: The header of `invoices.csv`.
    ///   - invoicesName: How messages name the invoices file.
    ///   - decimalComma: Whether amounts may be written with a decimal comma (`1234,50`), as
    ///     in `;`-separated files from Dutch, German and French spreadsheets.
    /// - Returns: The customer, or a reject naming every problem (with the customer's line).
    public static func decodeCSV(
        customer: CSVRow, header: [String], invoices: [CSVRow], invoiceHeader: [String],
        invoicesName: String = "invoices.csv", decimalComma: Bool = false
    ) -> Result<Customer, Reject> {
        var problems: [Reject.Problem] = []
        if let problem = customer.problem {
            problems.append(Reject.Problem(field: nil, message: "malformed CSV: \(problem)"))
        }
        if customer.fields.count != header.count {
            problems.append(
                Reject.Problem(
                    field: nil,
                    message:
                        "the row has \(customer.fields.count) fields, the header \(header.count): check the separators and quoting"
                ))
        }
        var invoiceNodes: [JSONNode] = []
        for row in invoices {
            if let problem = row.problem {
                problems.append(
                    Reject.Problem(field: nil, message: "\(invoicesName):\(row.line): malformed CSV: \(problem)"))
            } else if row.fields.count != invoiceHeader.count {
                problems.append(
                    Reject.Problem(
                        field: nil,
                        message:
                            "\(invoicesName):\(row.line): the row has \(row.fields.count) fields, the header \(invoiceHeader.count)"
                    ))
            }
            var node = object(header: invoiceHeader, fields: row.fields)
            if case .object(var members) = node.value {
                members.removeAll { $0.key == "customer_id" }
                node.value = .object(members)
            }
            invoiceNodes.append(node)
        }
        let id = header.firstIndex(of: "customer_id").flatMap { $0 < customer.fields.count ? customer.fields[$0] : nil }
        guard problems.isEmpty else {
            return .failure(
                Reject(
                    line: customer.line, customerID: id.flatMap { $0.isEmpty ? nil : $0 }, problems: problems,
                    kind: .malformed))
        }
        var node = object(header: header, fields: customer.fields)
        if case .object(var members) = node.value {
            members.append((key: "invoices", value: JSONNode(value: .array(invoiceNodes), offset: 0)))
            node.value = .object(members)
        }
        var builder = CustomerBuilder(
            columnOf: { _ in nil },
            invoicePlace: { invoices.indices.contains($0) ? "\(invoicesName):\(invoices[$0].line)" : nil },
            decimalComma: decimalComma)
        return builder.build(from: node, lineNumber: customer.line)
    }

    /// A JSON-like object from a header and a row: empty cells are absent, `a.b` headers nest.
    private static func object(header: [String], fields: [String]) -> JSONNode {
        var members: [(key: String, value: JSONNode)] = []
        for (index, name) in header.enumerated() where index < fields.count {
            let text = fields[index]
            guard !text.isEmpty else { continue }
            let path = name.split(separator: ".").map(String.init)
            guard let first = path.first else { continue }
            insert(&members, path: path.dropFirst(), head: first, value: JSONNode(value: .string(text), offset: 0))
        }
        return JSONNode(value: .object(members), offset: 0)
    }

    private static func insert(
        _ members: inout [(key: String, value: JSONNode)], path: ArraySlice<String>, head: String, value: JSONNode
    ) {
        guard let next = path.first else {
            members.append((key: head, value: value))
            return
        }
        var children: [(key: String, value: JSONNode)] = []
        if let index = members.firstIndex(where: { $0.key == head }),
            case .object(let existing) = members[index].value.value
        {
            children = existing
            members.remove(at: index)
        }
        insert(&children, path: path.dropFirst(), head: next, value: value)
        members.append((key: head, value: JSONNode(value: .object(children), offset: 0)))
    }
}
