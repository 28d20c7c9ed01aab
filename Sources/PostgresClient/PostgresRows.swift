/// A result column: its name and type.
public struct PostgresColumn: Sendable, Hashable {
    /// The column's name as the server reported it (the alias if one was given).
    public let name: String
    /// The column's type.
    public let type: PostgresDataType
}

/// The rows a statement returned, copied out of libpq's result so they outlive it and can cross
/// threads. Values are kept in PostgreSQL's text format and decoded on access.
public struct PostgresRows: Sendable, RandomAccessCollection {
    let storage: Storage

    /// The result's columns, in order.
    public var columns: [PostgresColumn] { storage.columns }
    /// For INSERT/UPDATE/DELETE/SELECT…: how many rows the statement affected or returned.
    public var affectedRows: Int { storage.affectedRows }
    /// The server's command tag, such as `INSERT 0 1`, `UPDATE 3` or `COMMIT`.
    public var commandTag: String { storage.commandTag }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.rowCount }

    public subscript(position: Int) -> PostgresRow {
        PostgresRow(storage: storage, index: position)
    }

    init(storage: Storage) { self.storage = storage }

    /// Values of all cells in one buffer; a cell is `(start, length)` into it, length -1 for NULL.
    /// One allocation per result rather than one per cell.
    final class Storage: Sendable {
        let columns: [PostgresColumn]
        let rowCount: Int
        let affectedRows: Int
        let commandTag: String
        let bytes: [UInt8]
        let cells: [(start: Int32, length: Int32)]

        init(columns: [PostgresColumn], rowCount: Int, affectedRows: Int, commandTag: String, bytes: [UInt8],
             cells: [(start: Int32, length: Int32)]) {
            self.commandTag = commandTag
            self.columns = columns
            self.rowCount = rowCount
            self.affectedRows = affectedRows
            self.bytes = bytes
            self.cells = cells
        }

        func cell(row: Int, column: Int) -> PostgresCell {
            let (start, length) = cells[row * columns.count + column]
            let value = length < 0 ? nil : bytes[Int(start)..<Int(start) + Int(length)]
            return PostgresCell(type: columns[column].type, bytes: value)
        }
    }
}

/// One raw value: its column type and its text-format bytes (nil for NULL).
public struct PostgresCell: Sendable {
    /// The column's type.
    public let type: PostgresDataType
    /// The value in PostgreSQL's text format; nil for SQL NULL.
    public let bytes: ArraySlice<UInt8>?

    /// Whether the value is SQL NULL.
    public var isNull: Bool { bytes == nil }
}

/// One row of a result, with typed access by column name or index.
public struct PostgresRow: Sendable {
    let storage: PostgresRows.Storage
    let index: Int

    /// The value of `column` as `type`. Throws `.decodingFailed` naming the column when it does not
    /// exist, is NULL (unless `T` is optional) or has a type that does not decode as `T`.
    public subscript<T: PostgresDecodable>(_ column: String, as type: T.Type) -> T {
        get throws { try decode(type, named: column) }
    }

    /// The value of the column named `column` as `type`.
    public func decode<T: PostgresDecodable>(_ type: T.Type, named column: String) throws -> T {
        guard let position = storage.columns.firstIndex(where: { $0.name == column }) else {
            throw PostgresError(code: .decodingFailed, message: "no such column in the result", column: column)
        }
        return try decode(type, at: position)
    }

    /// The value of the column at `position` (0-based) as `type`.
    public func decode<T: PostgresDecodable>(_ type: T.Type, at position: Int) throws -> T {
        guard storage.columns.indices.contains(position) else {
            throw PostgresError(code: .decodingFailed,
                                message: "column index \(position) out of range (\(storage.columns.count) columns)")
        }
        let cell = storage.cell(row: index, column: position)
        let name = storage.columns[position].name
        if cell.isNull && !T.acceptsNull {
            throw PostgresError(code: .decodingFailed, message: "value is NULL, expected \(T.self)", column: name)
        }
        guard let value = T.decode(from: cell) else {
            throw PostgresError(code: .decodingFailed,
                                message: "cannot decode \(cell.type) as \(T.self)", column: name)
        }
        return value
    }

    /// The raw cell at `position`.
    public func cell(at position: Int) -> PostgresCell {
        storage.cell(row: index, column: position)
    }
}
