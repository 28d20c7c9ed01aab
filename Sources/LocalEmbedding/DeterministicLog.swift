/// The natural logarithm computed with IEEE basic operations only, in a fixed order.
///
/// The platform `log` may differ in the last bit between C libraries; this one cannot, which keeps
/// embedding vectors bit-identical across machines. Accurate to about 1e-15 for the term frequencies used here.
enum DeterministicLog {
    private static let ln2 = 0.693_147_180_559_945_3

    /// `ln(x)` for a finite `x > 0`.
    static func naturalLog(_ x: Double) -> Double {
        // x = m · 2^e with m in [1, 2); ln m = 2·atanh(z) with z = (m - 1) / (m + 1) in [0, 1/3).
        let exponent = Double(x.exponent)
        let mantissa = x.significand
        let z = (mantissa - 1) / (mantissa + 1)
        let zSquared = z * z
        var power = z
        var sum = 0.0
        for term in 0..<24 {
            sum += power / Double(2 * term + 1)
            power *= zSquared
        }
        return exponent * ln2 + 2 * sum
    }
}
