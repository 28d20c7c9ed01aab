import MeshContracts
import MeshCore
import MeshJSON
import Testing

/// Which sample of a message to build: defaults only, every field set, non-ASCII text, or large
/// repeated fields and extreme numbers.
enum ContractSampleVariant: String, CaseIterable, Sendable {
    case empty, full, unicode, large

    /// Elements of large repeated fields are full samples, so size grows linearly, not exponentially.
    var forElements: ContractSampleVariant { self == .large ? .full : self }
}

/// A generated message that can build its contract samples (generated in Generated/ContractSamples.swift).
protocol ContractSampled: ProtoMessage {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self
}

/// The values the generated samples are made of.
enum ContractValues {
    static let maxDepth = 2

    static func string(_ variant: ContractSampleVariant, field: String, index: Int) -> String {
        switch variant {
        case .empty: ""
        case .full: "\(field) \(index)"
        case .unicode: "héllo wörld — 日本語 \u{1F30D} \"quoted\" \\ back\tslash \(field) \(index)"
        case .large: String(repeating: "\(field) large text ", count: 400)
        }
    }

    static func bytes(_ variant: ContractSampleVariant, index: Int) -> [UInt8] {
        switch variant {
        case .empty: []
        case .full, .unicode: [0, 1, 2, 0x7F, 0x80, 0xFE, 0xFF, UInt8(truncatingIfNeeded: index)]
        case .large: (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        }
    }

    static func bool(_ variant: ContractSampleVariant) -> Bool { variant != .empty }

    static func integer<T: FixedWidthInteger>(_ variant: ContractSampleVariant, number: Int, as type: T.Type) -> T {
        switch variant {
        case .empty: 0
        case .full: T.isSigned ? T(truncatingIfNeeded: -(1000 + number)) : T(truncatingIfNeeded: 1000 + number)
        case .unicode: T(truncatingIfNeeded: number)
        case .large: T.isSigned ? T.min : T.max
        }
    }

    static func float(_ variant: ContractSampleVariant, number: Int) -> Float {
        switch variant {
        case .empty: 0
        case .full, .unicode: 1.25 + Float(number)
        case .large: -65504
        }
    }

    static func double(_ variant: ContractSampleVariant, number: Int) -> Double {
        switch variant {
        case .empty: 0
        case .full, .unicode: -2.5e10 - Double(number)
        case .large: 1e300
        }
    }

    /// The last known value, a small one, or (large) a number the contract does not know.
    static func enumNumber(_ variant: ContractSampleVariant, known: [Int]) -> Int32 {
        switch variant {
        case .empty: 0
        case .full: Int32(known.last ?? 0)
        case .unicode: Int32(known.first(where: { $0 != 0 }) ?? 0)
        case .large: 99
        }
    }

    static func count(_ variant: ContractSampleVariant) -> Int {
        switch variant {
        case .empty: 0
        case .full: 2
        case .unicode: 3
        case .large: 200
        }
    }

    static func repeated<T>(_ variant: ContractSampleVariant, _ element: (Int) -> T) -> [T] {
        (0..<count(variant)).map(element)
    }

    static func map<K: Hashable, V>(_ variant: ContractSampleVariant, _ entry: (Int) -> (K, V)) -> [K: V] {
        var result: [K: V] = [:]
        for index in 0..<count(variant) {
            let (key, value) = entry(index)
            result[key] = value
        }
        return result
    }
}

/// Checks every sample of `M` survives binary (libprotobuf-c) and JSON round trips, in both JSON modes.
func assertContractRoundTrips<M: ContractSampled>(_ type: M.Type, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for variant in ContractSampleVariant.allCases {
        let sample = M.contractSample(variant, depth: 0)
        let bytes = sample.serializedBytes()
        if variant == .empty {
            #expect(bytes.isEmpty, "\(M.protoMessageName): defaults encode to nothing", sourceLocation: sourceLocation)
        } else if !M().jsonValue(options: JSONEncodingOptions()).isEmptyObject {
            #expect(!bytes.isEmpty, "\(M.protoMessageName) \(variant): a full sample encodes something", sourceLocation: sourceLocation)
        }
        #expect(try M(serializedBytes: bytes) == sample, "\(M.protoMessageName) \(variant) binary", sourceLocation: sourceLocation)
        for options in [JSONEncodingOptions(), JSONEncodingOptions(enumsAsIntegers: true, omitUnsetMessages: true)] {
            let json = sample.jsonBytes(options: options)
            #expect(try M(jsonBytes: json) == sample, "\(M.protoMessageName) \(variant) JSON", sourceLocation: sourceLocation)
        }
    }
}

extension JSONValue {
    fileprivate var isEmptyObject: Bool {
        if case .object(let members) = self { return members.isEmpty }
        return false
    }
}

/// Used by the generated sample services: a request that is not the `.full` sample is a test failure
/// the client sees as INVALID_ARGUMENT.
func expectSample<M: ContractSampled>(_ request: M) throws {
    guard request == M.contractSample(.full, depth: 0) else {
        throw RPCError(code: .invalidArgument, message: "\(M.protoMessageName) is not the full sample")
    }
}
