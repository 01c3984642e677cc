import Foundation
import HeraldLiquid
import OrderedCollections
import Testing

@Suite struct LiquidValueJSONTests {
    @Test func parsesEveryJSONTypeKeepingKeyOrder() throws {
        let json = #"{"z": 1, "a": [true, null, 2.5, "s"], "m": {"b": 1, "a": 2}}"#
        let value = try LiquidValue(jsonData: Data(json.utf8))
        #expect(value == ["z": 1, "a": [true, nil, 2.5, "s"], "m": ["b": 1, "a": 2]])
        #expect(try render("{% for p in m %}{{ p[0] }}{% endfor %}", value) == "ba")
    }

    @Test func decimalNumberStyleKeepsAmountsExact() throws {
        let value = try LiquidValue(jsonData: Data(#"{"total": 0.1, "count": 3}"#.utf8), numbers: .decimal)
        #expect(value == ["total": .decimal(Decimal(string: "0.1")!), "count": 3])
    }

    @Test func malformedJSONIsAnError() {
        #expect(throws: LiquidJSONError.self) { try LiquidValue(jsonData: Data("{\"a\": }".utf8)) }
        #expect(throws: LiquidJSONError.self) { try LiquidValue(jsonData: Data("[1] 2".utf8)) }
    }

    @Test func deeplyNestedJSONIsRefusedNotACrash() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: LiquidJSONError.self) { try LiquidValue(jsonData: Data(json.utf8)) }
    }

    @Test func jsonObjectFromFoundation() throws {
        let object = try JSONSerialization.jsonObject(with: Data(#"{"a": [1, 2.5, true, "x", null]}"#.utf8))
        #expect(LiquidValue(jsonObject: object) == ["a": [1, 2.5, true, "x", nil]])
    }
}

@Suite struct LiquidValueEncodableTests {
    struct Invoice: Encodable {
        var number: String
        var total: Decimal
        var paid: Bool
        var lines: [Int]
        var note: String?
        var due: Date
    }

    @Test func encodesStructsWithDecimalsIntactAndKeysInOrder() throws {
        let invoice = Invoice(
            number: "F-1", total: Decimal(string: "1234.50")!, paid: false, lines: [1, 2], note: nil,
            due: Date(timeIntervalSince1970: 0))
        let value = try LiquidValue(encoding: invoice)
        guard case .object(let pairs) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(Array(pairs.keys) == ["number", "total", "paid", "lines", "due"])
        #expect(pairs["total"] == .decimal(Decimal(string: "1234.5")!))
        #expect(pairs["lines"] == [1, 2])
        #expect(pairs["due"] == "1970-01-01T00:00:00Z")
        #expect(try render("{{ i.number }} {{ i.total }} {{ i.paid }}", ["i": value]) == "F-1 1234.5 false")
    }

    @Test func wholeDecimalAmountsStayDecimal() throws {
        let value = try LiquidValue(encoding: ["amount": Decimal(20)])
        #expect(value == ["amount": .decimal(20)])
        // Decimal division is not integer division.
        #expect(try render("{{ amount | divided_by: 3 | round: 2 }}", value) == "6.67")
    }

    @Test func encodesEnumsDictionariesAndOptionals() throws {
        enum Stage: String, Encodable { case first, final }
        struct Step: Encodable {
            var stage: Stage
            var counts: [String: [Int?]]
        }
        let value = try LiquidValue(encoding: Step(stage: .final, counts: ["late": [nil, 3]]))
        #expect(value == ["stage": "final", "counts": ["late": [nil, 3]]])
    }

    @Test func largeUnsignedIntegersStayExact() throws {
        let value = try LiquidValue(encoding: [UInt64.max])
        #expect(value == [.decimal(Decimal(string: "18446744073709551615")!)])
    }
}

@Suite struct MoneyTests {
    let amounts: LiquidValue = [
        "a": .decimal(Decimal(string: "0.1")!), "b": .decimal(Decimal(string: "0.2")!),
        "price": .decimal(Decimal(string: "19.99")!), "total": .decimal(Decimal(string: "1234567890123.45")!),
    ]

    @Test func decimalArithmeticHasNoBinaryRounding() throws {
        #expect(try render("{{ a | plus: b }}", amounts) == "0.3")
        #expect(try render("{{ price | times: 3 }}", amounts) == "59.97")
        #expect(try render("{{ total | minus: 0.05 }}", amounts) == "1234567890123.4")
        #expect(try render("{{ price | times: 100 | round }}", amounts) == "1999")
    }

    @Test func decimalsRenderAsWritten() throws {
        #expect(try render("{{ total }}", amounts) == "1234567890123.45")
    }

    @Test func decimalsCompareByValue() throws {
        #expect(try render("{% if price > 19.98 and price < 20 %}y{% endif %}", amounts) == "y")
        #expect(try render("{% if a == 0.1 %}y{% endif %}", amounts) == "y")
    }

    @Test func decimalsSumExactly() throws {
        let lines: LiquidValue = ["lines": .array(Array(repeating: ["amount": .decimal(Decimal(string: "0.1")!)], count: 10))]
        #expect(try render("{{ lines | sum: 'amount' }}", lines) == "1")
    }
}

@Suite struct LiquidObjectTests {
    @Test func keepsInsertionOrderAndReadsLikeADictionary() {
        let object: LiquidObject = ["b": 1, "a": "x", "b": 2]
        #expect(object.count == 2)
        #expect(!object.isEmpty)
        #expect(Array(object.keys) == ["b", "a"])
        #expect(object.map(\.value) == [2, "x"])
        #expect(object["a"] == "x")
        #expect(object["missing"] == nil)
        #expect(LiquidObject([:]).isEmpty)
    }

    @Test func equalityIsByContentInOrder() {
        let pairs: OrderedDictionary<String, LiquidValue> = ["a": 1, "b": 2]
        #expect(LiquidObject(pairs) == LiquidObject(pairs))
        #expect(LiquidObject(pairs).hashValue == LiquidObject(pairs).hashValue)
        #expect(LiquidObject(pairs) != LiquidObject(["b": 2, "a": 1]))
        #expect(LiquidValue.object(LiquidObject(pairs)) == ["a": 1, "b": 2])
    }

    @Test func dataThatLooksLikeTheBlankMarkerIsStillData() throws {
        // The engine marks its own `blank` and `empty` values; a hash from the data with the
        // same key is an ordinary, non-empty hash.
        let data: LiquidValue = ["h": .object(["\u{0}liquid:blank": nil])]
        #expect(try render("{% if h == blank %}blank{% else %}data{% endif %}", data) == "data")
        #expect(try render("{% if h.size == 1 %}one key{% endif %}", data) == "one key")
    }
}

@Suite struct LiquidObjectConstructionTests {
    @Test func aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() throws {
        let object = LiquidObject(keysAndValues: [("b", 1), ("a", 2), ("b", 3), ("c", 4)])
        #expect(Array(object.keys) == ["b", "a", "c"])
        #expect(object["b"] == 3)
        let literal: LiquidValue = ["b": 1, "a": 2, "b": 3]
        #expect(try render("{% for p in h %}{{ p[0] }}={{ p[1] }};{% endfor %}", ["h": literal]) == "b=3;a=2;")
    }

    @Test func largeHashesFindEveryKey() {
        // Past 15 keys the ordered dictionary hashes its keys: sizing it up front must keep that index right.
        let pairs = (0..<40).map { ("key\($0)", LiquidValue.integer($0)) }
        let object = LiquidObject(keysAndValues: pairs + [("key7", "seven")])
        #expect(object.count == 40)
        #expect(object["key39"] == 39)
        #expect(object["key7"] == "seven")
        #expect(object["key40"] == nil)
    }
}
