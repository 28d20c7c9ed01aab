import Foundation
import PostgresClient
import Testing

@Suite("Queries against a real server", .enabled(if: Integration.enabled))
struct QueryTests {
    @Test("every supported type round-trips, NULLs included")
    func roundTrip() async throws {
        try await withPool { pool in
            let table = uniqueName("types")
            try await pool.query("""
                CREATE TABLE \(table) (id int PRIMARY KEY, t text, i4 int4, i8 int8, b bool, ts timestamptz,
                                       j jsonb, raw bytea, v float4[], d float8)
                """)
            let moment = Date(timeIntervalSince1970: 1_700_000_000.123456)
            let text = "héllo wörld ✓ 日本語 🚀 'quoted' \"double\" \\ backslash"
            let bytes: [UInt8] = [0, 1, 0, 255, 0, 127, 128, 0]
            let vector: [Float] = [1, 2.5, -0.333, 1e-7, 3.4e38]
            try await pool.query("INSERT INTO \(table) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                                 [1, .text(text), .int(Int(Int32.max)), .int(Int.max), true, .timestamptz(moment),
                                  .jsonb(#"{"a": [1, 2, {"b": null}], "u": "ü"}"#), .bytea(bytes), .float4Array(vector),
                                  .double(2.718281828459045)])
            try await pool.query("INSERT INTO \(table) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                                 [2, nil, nil, nil, nil, nil, nil, nil, nil, nil])
            try await pool.query("INSERT INTO \(table) (id, t, raw, v, b) VALUES ($1, $2, $3, $4, $5)",
                                 [3, "", .bytea([]), .float4Array([]), false])

            let rows = try await pool.query("SELECT * FROM \(table) ORDER BY id")
            #expect(rows.count == 3)
            let full = rows[0]
            #expect(try full["t", as: String.self] == text)
            #expect(try full["i4", as: Int.self] == Int(Int32.max))
            #expect(try full["i8", as: Int.self] == Int.max)
            #expect(try full["b", as: Bool.self] == true)
            let storedMoment = try full["ts", as: Date.self]
            #expect(abs(storedMoment.timeIntervalSince(moment)) < 0.000_001)
            let json = try full["j", as: String.self]
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(decoded?["u"] as? String == "ü")
            #expect((decoded?["a"] as? [Any])?.count == 3)
            #expect(try full["j", as: Data.self] == Data(json.utf8))
            #expect(try full["raw", as: [UInt8].self] == bytes)
            #expect(try full["raw", as: Data.self] == Data(bytes))
            #expect(try full["v", as: [Float].self] == vector)
            #expect(try full["d", as: Double.self] == 2.718281828459045)

            let nulls = rows[1]
            for column in ["t", "i4", "i8", "b", "ts", "j", "raw", "v", "d"] {
                #expect(nulls.cell(at: try #require(rows.columns.firstIndex { $0.name == column })).isNull)
            }
            #expect(try nulls["t", as: String?.self] == nil)
            #expect(try nulls["i8", as: Int?.self] == nil)
            #expect(try nulls["ts", as: Date?.self] == nil)
            #expect(try nulls["raw", as: [UInt8]?.self] == nil)
            #expect(try nulls["v", as: [Float]?.self] == nil)

            let empty = rows[2]
            #expect(try empty["t", as: String.self] == "")
            #expect(try empty["raw", as: [UInt8].self] == [])
            #expect(try empty["v", as: [Float].self] == [])
            #expect(try empty["b", as: Bool.self] == false)
            try await pool.query("DROP TABLE \(table)")
        }
    }

    @Test("parameters typed on the Swift side come back as the same values")
    func selectParameters() async throws {
        try await withPool { pool in
            let moment = Date(timeIntervalSince1970: -86_400 * 365.25 * 40 + 0.5)
            let rows = try await pool.query("SELECT $1::int8 AS n, $2::timestamptz AS ts, $3::float4[] AS v, $4::bytea AS raw",
                                            [.int(-42), .timestamptz(moment), .float4Array([.infinity, -1]), .bytea([0])])
            let row = try #require(rows.first)
            #expect(try row.decode(Int.self, at: 0) == -42)
            #expect(try row.decode(Date.self, at: 1) == moment)
            #expect(try row.decode([Float].self, at: 2) == [.infinity, -1])
            #expect(try row.decode([UInt8].self, at: 3) == [0])
        }
    }

    @Test("an injection-looking string is stored verbatim")
    func injectionIsData() async throws {
        try await withPool { pool in
            let table = uniqueName("inject")
            try await pool.query("CREATE TABLE \(table) (id serial PRIMARY KEY, name text NOT NULL)")
            let hostile = "Robert'); DROP TABLE \(table);-- $1 \\' \" ; SELECT pg_sleep(10)"
            try await pool.query("INSERT INTO \(table) (name) VALUES ($1)", [.text(hostile)])
            let rows = try await pool.query("SELECT name FROM \(table) WHERE name = $1", [.text(hostile)])
            #expect(rows.count == 1)
            #expect(try rows[0]["name", as: String.self] == hostile)
            // The table still exists and holds exactly that row.
            #expect(try await pool.query("SELECT count(*) AS n FROM \(table)")[0]["n", as: Int.self] == 1)
            try await pool.query("DROP TABLE \(table)")
        }
    }

    @Test("server errors carry SQLSTATE; descriptions never contain parameter values")
    func errorsCarrySQLState() async throws {
        try await withPool { pool in
            let table = uniqueName("errs")
            try await pool.query("CREATE TABLE \(table) (email text PRIMARY KEY, n int)")
            let secret = "secret-value-\(UUID().uuidString)@example.com"
            try await pool.query("INSERT INTO \(table) (email) VALUES ($1)", [.text(secret)])

            let duplicate = await #expect(throws: PostgresError.self) {
                try await pool.query("INSERT INTO \(table) (email) VALUES ($1)", [.text(secret)])
            }
            #expect(duplicate?.sqlState == "23505")
            #expect(duplicate?.isUniqueViolation == true)
            #expect(duplicate?.code == .queryFailed)
            #expect(duplicate?.description.contains(secret) == false)
            #expect(duplicate?.description.contains("23505") == true)

            let syntax = await #expect(throws: PostgresError.self) {
                try await pool.query("SELEC email FROM \(table) WHERE email = $1", [.text(secret)])
            }
            #expect(syntax?.sqlState == "42601")
            #expect(syntax?.isSyntaxError == true)
            #expect(syntax?.description.contains(secret) == false)

            // The server quotes bad input in this message; the client masks it.
            let badInput = "not-a-number-\(UUID().uuidString)"
            let invalid = await #expect(throws: PostgresError.self) {
                try await pool.query("UPDATE \(table) SET n = $1", [.text(badInput)])
            }
            #expect(invalid?.sqlState == "22P02")
            #expect(invalid?.description.contains(badInput) == false)
            #expect(invalid?.description.contains("invalid input syntax") == true)

            // Several statements in one parameterized call are refused by the server.
            let multi = await #expect(throws: PostgresError.self) {
                try await pool.query("SELECT 1; SELECT 2")
            }
            #expect(multi?.sqlState == "42601")

            // The pool keeps working after errors.
            #expect(try await pool.query("SELECT 1 AS one")[0]["one", as: Int.self] == 1)
            try await pool.query("DROP TABLE \(table)")
        }
    }

    @Test("decoding errors name the column, for type mismatches and NULLs")
    func decodingErrors() async throws {
        try await withPool { pool in
            let row = try #require(try await pool.query("SELECT 'abc'::text AS label, NULL::int8 AS missing").first)
            let mismatch = #expect(throws: PostgresError.self) { try row["label", as: Int.self] }
            #expect(mismatch?.code == .decodingFailed)
            #expect(mismatch?.column == "label")
            let null = #expect(throws: PostgresError.self) { try row["missing", as: Int.self] }
            #expect(null?.code == .decodingFailed)
            #expect(null?.column == "missing")
            #expect(null?.description.contains("NULL") == true)
            #expect(try row["missing", as: Int?.self] == nil)
            let unknown = #expect(throws: PostgresError.self) { try row["nope", as: String.self] }
            #expect(unknown?.column == "nope")
        }
    }

    @Test("repeated statements (prepared after first use) keep working when the table changes shape")
    func preparedStatementsSurviveDDL() async throws {
        try await withPool(size: 1) { pool in
            let table = uniqueName("shape")
            try await pool.query("CREATE TABLE \(table) (id int PRIMARY KEY)")
            try await pool.query("INSERT INTO \(table) VALUES (1)")
            for _ in 0..<3 {
                #expect(try await pool.query("SELECT * FROM \(table) WHERE id = $1", [1]).columns.map(\.name) == ["id"])
            }
            try await pool.query("ALTER TABLE \(table) ADD COLUMN label text NOT NULL DEFAULT 'x'")
            let rows = try await pool.query("SELECT * FROM \(table) WHERE id = $1", [1])
            #expect(rows.columns.map(\.name) == ["id", "label"])
            #expect(try rows[0]["label", as: String.self] == "x")
            // The same statement with a differently typed parameter is a different statement.
            for _ in 0..<3 {
                #expect(try await pool.query("SELECT * FROM \(table) WHERE id = $1", [.text("1")]).count == 1)
            }
            try await pool.query("DROP TABLE \(table)")
        }
    }

    @Test("a direct connection works without the pool, and a bad URL fails with connectionFailed")
    func directConnection() throws {
        let connection = try PostgresConnection(url: try Integration.requireURL())
        let rows = try connection.query("SELECT $1::text || '!' AS s", ["hi"])
        #expect(try rows[0]["s", as: String.self] == "hi!")
        #expect(rows.commandTag == "SELECT 1")

        let error = #expect(throws: PostgresError.self) {
            try PostgresConnection(url: "postgresql://postgres:hunter2secret@127.0.0.1:1/postgres")
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.description.contains("127.0.0.1:1") == true)
        #expect(error?.description.contains("hunter2secret") == false)
    }
}
