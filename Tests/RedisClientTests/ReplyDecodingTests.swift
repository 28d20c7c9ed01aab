import Foundation
import RedisClient
import RedisTestSupport
import Testing

@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct ReplyDecodingTests {
    let connection: RedisConnection
    let prefix = TestRedis.uniquePrefix()

    init() throws {
        connection = try RedisConnection(configuration: TestRedis.configuration())
    }

    @Test func bulkStringsAreBinarySafe() throws {
        let bytes: [UInt8] = Array(0...255) + [0, 13, 10, 0] + Array("\r\n$5\r\n".utf8)
        let key = RedisArgument(prefix + "binary")
        #expect(try connection.send(["SET", key, RedisArgument(bytes)]) == .status("OK"))
        #expect(try connection.send(["GET", key]) == .string(bytes))
        #expect(try connection.send(["STRLEN", key]) == .integer(bytes.count))
    }

    @Test func emptyArgumentsAndEmptyStrings() throws {
        let key = RedisArgument(prefix + "empty")
        #expect(try connection.send(["SET", key, ""]) == .status("OK"))
        #expect(try connection.send(["GET", key]) == .string([]))
        #expect(try connection.send(["LRANGE", RedisArgument(prefix + "nolist"), 0, -1]) == .array([]))
    }

    @Test func statusIntegerAndNil() throws {
        #expect(try connection.send(["PING"]) == .status("PONG"))
        let counter = RedisArgument(prefix + "counter")
        #expect(try connection.send(["INCRBY", counter, RedisArgument(-41)]) == .integer(-41))
        #expect(try connection.send(["INCRBYFLOAT", counter, RedisArgument(1.5)]).text == "-39.5")
        #expect(try connection.send(["GET", RedisArgument(prefix + "missing")]) == .null)
        #expect(try connection.send(["GET", RedisArgument(prefix + "missing")]).isNull)
    }

    @Test func nestedArraysWithNilsAndErrors() throws {
        let reply = try connection.send([
            "EVAL", "return {1, ARGV[1], {2, {ARGV[2]}, false}, redis.error_reply('MYERR inner')}", 0,
            RedisArgument([0, 1, 2]), "deep",
        ])
        #expect(
            reply
                == .array([
                    .integer(1), .string([0, 1, 2]), .array([.integer(2), .array([.string(Array("deep".utf8))]), .null]),
                    .error("MYERR inner"),
                ]))
        #expect(reply.elements?.count == 4)
        #expect(reply.elements?[2].elements?[1].elements?.first?.text == "deep")
    }

    @Test func errorRepliesAreThrownWithCodes() throws {
        let key = RedisArgument(prefix + "list")
        _ = try connection.send(["RPUSH", key, "x"])
        let wrongType = #expect(throws: RedisError.self) { try connection.send(["GET", key]) }
        #expect(wrongType?.code == .serverError)
        #expect(wrongType?.serverErrorPrefix == "WRONGTYPE")
        let noScript = #expect(throws: RedisError.self) { try connection.send(["EVALSHA", RedisArgument(String(repeating: "0", count: 40)), 0]) }
        #expect(noScript?.code == .noScript)
        // An error reply leaves the connection usable; only connection-level errors break it.
        #expect(!connection.isBroken)
        #expect(try connection.send(["PING"]) == .status("PONG"))
    }

    @Test func pipelineKeepsErrorRepliesInPlace() throws {
        let key = RedisArgument(prefix + "pipe")
        let replies = try connection.pipeline([["SET", key, "1"], ["LPUSH", key, "x"], ["INCR", key]])
        #expect(replies.count == 3)
        #expect(replies[0] == .status("OK"))
        if case .error(let message) = replies[1] { #expect(message.hasPrefix("WRONGTYPE")) } else { Issue.record("expected an error reply") }
        #expect(replies[2] == .integer(2))
    }

    @Test func outOfMemoryRepliesMapToOutOfMemory() {
        #expect(RedisError(serverReply: "OOM command not allowed when used memory > 'maxmemory'.").code == .outOfMemory)
        #expect(RedisError(serverReply: "ERR Error running script: @user_script:1: OOM command not allowed when used memory > 'maxmemory'.").code == .outOfMemory)
        #expect(RedisError(serverReply: "NOSCRIPT No matching script.").code == .noScript)
        #expect(RedisError(serverReply: "ERR unknown command").code == .serverError)
    }

    @Test func commandTimeoutBreaksTheConnection() throws {
        var configuration = try TestRedis.configuration()
        configuration.commandTimeout = .milliseconds(200)
        let slow = try RedisConnection(configuration: configuration)
        let started = ContinuousClock.now
        let error = #expect(throws: RedisError.self) { try slow.send(["BLPOP", RedisArgument(prefix + "never"), 5]) }
        #expect(error?.code == .timeout)
        #expect(started.duration(to: .now) < .seconds(2))
        #expect(slow.isBroken)
        #expect(throws: RedisError.self) { try slow.send(["PING"]) }
    }

    @Test func perCallTimeoutAllowsBlockingCommands() throws {
        var configuration = try TestRedis.configuration()
        configuration.commandTimeout = .milliseconds(200)
        let blocking = try RedisConnection(configuration: configuration)
        #expect(try blocking.send(["BLPOP", RedisArgument(prefix + "never"), "0.4"], timeout: .seconds(2)) == .null)
        // Back to the short timeout afterwards.
        #expect(throws: RedisError.self) { try blocking.send(["BLPOP", RedisArgument(prefix + "never"), 5]) }
    }

    @Test func connectFailureIsTyped() throws {
        var configuration = try TestRedis.configuration()
        configuration.port = 1
        let error = #expect(throws: RedisError.self) { try RedisConnection(configuration: configuration) }
        #expect(error?.code == .connectionFailed)
    }
}
