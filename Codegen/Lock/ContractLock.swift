import Foundation

/// The committed record of the contract's wire- and JSON-visible shape (Protos/contract.lock.json),
/// checked so a change that breaks existing clients fails, in the spirit of `buf breaking`.
struct ContractLock: Codable, Equatable {
    struct LockedField: Codable, Equatable {
        var name: String
        var type: String
    }

    struct LockedMessage: Codable, Equatable {
        /// By field number.
        var fields: [String: LockedField]
        var reservedNumbers: [Int]
        var reservedNames: [String]
    }

    struct LockedMethod: Codable, Equatable {
        var input: String
        var output: String
        var serverStreaming: Bool
    }

    var messages: [String: LockedMessage]
    /// Enum → value number → value name.
    var enums: [String: [String: String]]
    /// Service → method name → method.
    var services: [String: [String: LockedMethod]]

    init(_ contract: Contract) {
        messages = [:]
        for message in contract.allMessages {
            var fields: [String: LockedField] = [:]
            for field in message.fields { fields[String(field.number)] = LockedField(name: field.protoName, type: field.lockType) }
            messages[message.fullName] = LockedMessage(
                fields: fields, reservedNumbers: message.reservedNumbers.flatMap { Array($0) }.sorted(),
                reservedNames: message.reservedNames.sorted())
        }
        enums = [:]
        for protoEnum in contract.allEnums {
            var values: [String: String] = [:]
            for enumCase in protoEnum.cases { values[String(enumCase.number)] = enumCase.protoName }
            enums[protoEnum.fullName] = values
        }
        services = [:]
        for service in contract.allServices {
            var methods: [String: LockedMethod] = [:]
            for method in service.methods {
                methods[method.name] = LockedMethod(
                    input: method.input.fullName, output: method.output.fullName, serverStreaming: method.isServerStreaming)
            }
            services[service.fullName] = methods
        }
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    static func decode(_ data: Data) throws -> ContractLock {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ContractLock.self, from: data)
    }
}

/// Compares the current contract with the lock and lists every change that would break a client
/// built against the locked contract. Additions are fine; removals, renames and retypes are not.
enum BreakingChangeChecker {
    static func violations(locked: ContractLock, current: ContractLock) -> [String] {
        var problems: [String] = []
        for (name, lockedMessage) in locked.messages.sorted(by: { $0.key < $1.key }) {
            guard let message = current.messages[name] else {
                problems.append("message \(name) was removed")
                continue
            }
            for (number, lockedField) in lockedMessage.fields.sorted(by: { $0.key < $1.key }) {
                guard let field = message.fields[number] else {
                    let numberReserved = Int(number).map { message.reservedNumbers.contains($0) } ?? false
                    let nameReserved = message.reservedNames.contains(lockedField.name)
                    if !numberReserved || !nameReserved {
                        problems.append(
                            "\(name): field \(number) '\(lockedField.name)' was removed without `reserved \(number);` and `reserved \"\(lockedField.name)\";`")
                    }
                    continue
                }
                if field.name != lockedField.name {
                    problems.append("\(name): field \(number) was renamed from '\(lockedField.name)' to '\(field.name)' (breaks JSON clients)")
                }
                if field.type != lockedField.type {
                    problems.append("\(name): field \(number) '\(lockedField.name)' changed type from \(lockedField.type) to \(field.type)")
                }
            }
        }
        for (name, lockedValues) in locked.enums.sorted(by: { $0.key < $1.key }) {
            guard let values = current.enums[name] else {
                problems.append("enum \(name) was removed")
                continue
            }
            for (number, valueName) in lockedValues.sorted(by: { $0.key < $1.key }) {
                guard let current = values[number] else {
                    problems.append("\(name): value \(number) '\(valueName)' was removed")
                    continue
                }
                if current != valueName {
                    problems.append("\(name): value \(number) was renamed from '\(valueName)' to '\(current)'")
                }
            }
        }
        for (name, lockedMethods) in locked.services.sorted(by: { $0.key < $1.key }) {
            guard let methods = current.services[name] else {
                problems.append("service \(name) was removed")
                continue
            }
            for (methodName, lockedMethod) in lockedMethods.sorted(by: { $0.key < $1.key }) {
                guard let method = methods[methodName] else {
                    problems.append("\(name)/\(methodName) was removed")
                    continue
                }
                if method.input != lockedMethod.input || method.output != lockedMethod.output {
                    problems.append("\(name)/\(methodName) changed its request or response type")
                }
                if method.serverStreaming != lockedMethod.serverStreaming {
                    problems.append("\(name)/\(methodName) changed between unary and server streaming")
                }
            }
        }
        return problems
    }
}
