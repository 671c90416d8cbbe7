using Microsoft.Data.Sqlite;
using Npgsql;

namespace BotCare.Web.Tests.DataProtection;

/// <summary>
/// Every value in every column of every table of a database, as text, with where it was: what a search for a
/// customer's identifiers must look through. Tables are found from the catalogue, never named, so a table added later
/// is searched too.
/// </summary>
internal static class StoredText
{
    public sealed record Cell(string Table, string Column, string Text);

    public static async Task<IReadOnlyList<Cell>> SqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table';", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var cells = new List<Cell>();
        foreach (var table in tables)
        {
            await using var select = new SqliteCommand($"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.GetValue(i) switch
                    {
                        string s => s,
                        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
                        DBNull => null,
                        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
                    };
                    if (text is not null)
                    {
                        cells.Add(new Cell(table, reader.GetName(i), text));
                    }
                }
            }
        }

        return cells;
    }

    public static async Task<IReadOnlyList<Cell>> PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position;", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.NotEmpty(columns);
        var cells = new List<Cell>();
        foreach (var (table, column) in columns)
        {
            // Every column as text, whatever its type: text, json, timestamps and numbers alike.
            await using var select = new NpgsqlCommand($"SELECT \"{column}\"::text FROM \"{table}\";", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (!reader.IsDBNull(0))
                {
                    cells.Add(new Cell(table, column, reader.GetString(0)));
                }
            }
        }

        return cells;
    }
}
