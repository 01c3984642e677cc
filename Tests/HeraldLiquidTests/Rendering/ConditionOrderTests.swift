import HeraldLiquid
import Testing

/// Ruby Liquid groups `and`/`or` from the right (`a and b or c` is `a and (b or c)`) but
/// evaluates from the left and stops as soon as the result is known. With strict variables
/// that order matters: a guard on the left must keep an undefined variable on the right
/// from being looked up.
@Suite struct ConditionOrderTests {
    let customer: LiquidValue = ["customer": ["name": "Anna"]]

    @Test func aFalseGuardOnTheLeftOfAndSkipsTheRight() throws {
        let source = #"{% if customer contains "vehicle" and customer.vehicle != "" %}car{% else %}none{% endif %}"#
        #expect(try render(source, customer, options: strictOptions) == "none")
    }

    @Test func aTrueGuardOnTheLeftOfOrSkipsTheRight() throws {
        let source = #"{% if customer.name or customer.nickname %}hi{% endif %}"#
        #expect(try render(source, customer, options: strictOptions) == "hi")
    }

    @Test func theRightIsStillEvaluatedWhenTheLeftDoesNotDecide() throws {
        let error = try renderError(
            #"{% if customer.name and customer.nickname %}hi{% endif %}"#, customer, options: strictOptions)
        #expect(error.message.contains("nickname"))
    }

    @Test(arguments: [
        ("false and true or true", "no"),  // false and (true or true)
        ("true or false and false", "yes"),  // true or (false and false)
        ("true and false or true", "yes"),  // true and (false or true)
        ("false or true and false", "no"),  // false or (true and false)
    ])
    func groupingIsFromTheRight(condition: String, expected: String) throws {
        #expect(try render("{% if \(condition) %}yes{% else %}no{% endif %}") == expected)
    }
}
