using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OpeningCreatesTheFolderTheFileAndTheLatestSchema()
    {
        await using var connection = await _database.Open().OpenAsync();

        Assert.True(File.Exists(_database.Path));
        Assert.Equal(SqliteMigrations.Latest, await SqliteMigrations.CurrentVersionAsync(connection));
    }

    [Fact]
    public async Task TheDatabaseRunsInWriteAheadLogMode()
    {
        await using var connection = await _database.Open().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ADatabaseFromBeforeTheStateAndCaseColumnChangesKeepsItsRowsAndFindsItsCasesByCreation()
    {
        // A file as the schema of migration 6 left it, with one conversation's state and one case in it.
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_database.Path)!);
        await using (var old = new SqliteConnection(_database.ConnectionString))
        {
            await old.OpenAsync();
            await SqliteMigrations.ApplyAsync(old, 6);
            await using var insert = old.CreateCommand();
            insert.CommandText = """
                INSERT INTO state (key, document, etag, is_item, updated_at) VALUES ('webchat/conversations/c1', '{"step":4}', 'e1', 1, '2026-01-01');
                INSERT INTO cases (id, conversation_id, customer_id, status, order_number, updated_at, document)
                VALUES ('case-1', 'c1', 'u1', 'Open', '10042', '2026-03-02T10:00:00.0000000Z', '{"id":"case-1","createdAt":"2026-03-02T11:30:00.25+01:00"}');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        using var database = _database.Open();
        await using (var connection = await database.OpenAsync())
        {
            Assert.Equal(SqliteMigrations.Latest, await SqliteMigrations.CurrentVersionAsync(connection));
        }

        var storage = new SqliteStorage(database);
        var stored = (await storage.ReadJsonAsync(["webchat/conversations/c1"]))["webchat/conversations/c1"];
        Assert.Equal(("""{"step":4}""", "e1"), (stored.Json, stored.ETag));
        Assert.True((await storage.ReadJsonIfChangedAsync("webchat/conversations/c1", "e1"))!.IsUnchanged);

        // The creation time moved out of the document into its column, in UTC: 10:30 on 2 March.
        await using (var connection = await database.OpenAsync())
        {
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT created_at FROM cases WHERE id = 'case-1';";
            Assert.Equal("2026-03-02T10:30:00.250Z", (string?)await read.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task DocumentsBoundAsUtf8AreStoredAsTextThatSqlitesJsonFunctionsRead()
    {
        // State, cases and transcripts hand SQLite their JSON as UTF-8 bytes; stored as anything but text, SQLite's
        // json functions (reports, erasure) would take them for binary JSON and fail.
        using var database = _database.Open();
        await new SqliteStorage(database).WriteAsync(new Dictionary<string, object> { ["k"] = new BotCare.Builder.SerializedStoreItem(System.Text.Encoding.UTF8.GetBytes("""{"said":"Grüße 🙂"}"""), null) });
        var @case = new BotCare.Cases.Case { Id = "case-1", ConversationId = "c1", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        @case.Customer.Id = "u1";
        await new SqliteCaseStore(database).SaveAsync(@case);
        await new SqliteTranscriptStore(database).LogActivityAsync(new BotCare.Builder.Activity("message") { ChannelId = "webchat", Conversation = new BotCare.Builder.ConversationAccount(id: "c1"), Text = "Grüße", Timestamp = DateTimeOffset.UtcNow });

        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT typeof(document) || ':' || json_extract(document, '$.said') FROM state
            UNION ALL SELECT typeof(document) || ':' || json_extract(document, '$.id') FROM cases
            UNION ALL SELECT typeof(document) || ':' || json_extract(document, '$.text') FROM transcripts;
            """;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        Assert.Equal(["text:Grüße 🙂", "text:case-1", "text:Grüße"], rows);
    }

    [Fact]
    public async Task ManyProcessesStartingAtOnceMigrateOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var connection = await _database.Open().OpenAsync();
            return await SqliteMigrations.CurrentVersionAsync(connection);
        })));

        Assert.All(opened, version => Assert.Equal(SqliteMigrations.Latest, version));
        await using var check = new SqliteConnection(_database.ConnectionString);
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM schema_version;";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task WritesQueuedTogetherAllLandAndAFailingOneChangesNothing()
    {
        var database = _database.Open();
        await database.WriteAsync(async turn =>
        {
            await using var create = turn.OneOff("CREATE TABLE numbers (n INTEGER NOT NULL);");
            await create.ExecuteNonQueryAsync();
        });

        var writes = Enumerable.Range(1, 40).Select(n => Task.Run(() => database.WriteAsync(async turn =>
        {
            var insert = turn.Statement("INSERT INTO numbers (n) VALUES ($n);");
            insert.Parameters.AddWithValue("$n", n);
            await insert.ExecuteNonQueryAsync();
            if (n == 13)
            {
                throw new InvalidOperationException("unlucky");
            }
        }))).ToArray();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Task.WhenAll(writes));

        Assert.Equal("unlucky", failure.Message);
        Assert.Equal(1, writes.Count(w => w.IsFaulted));
        Assert.Equal(Enumerable.Range(1, 40).Where(n => n != 13).Select(n => (long)n), await NumbersAsync());
    }

    [Fact]
    public async Task DisposingWaitsForQueuedWritesToBeCommitted()
    {
        var database = _database.Open();
        await database.WriteAsync(async turn =>
        {
            await using var create = turn.OneOff("CREATE TABLE numbers (n INTEGER NOT NULL);");
            await create.ExecuteNonQueryAsync();
        });

        var writes = Enumerable.Range(1, 20).Select(n => database.WriteAsync(async turn =>
        {
            var insert = turn.Statement("INSERT INTO numbers (n) VALUES ($n);");
            insert.Parameters.AddWithValue("$n", n);
            await insert.ExecuteNonQueryAsync();
        })).ToArray();
        await database.DisposeAsync();

        // Committed before disposal finished; each caller resumes on the thread pool, so wait for them to see it.
        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), await NumbersAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => database.WriteAsync(_ => Task.CompletedTask));
    }

    private async Task<List<long>> NumbersAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT n FROM numbers ORDER BY n;";
        var numbers = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            numbers.Add(reader.GetInt64(0));
        }

        return numbers;
    }

    [Fact]
    public async Task CommittedPagesReachTheDatabaseFileWithoutTheWriterCheckpointing()
    {
        // About 1.2 MB of rows: far below the writer's own automatic checkpoint (SqliteCheckpointer.WriterFallbackPages),
        // so only the background checkpointer can have copied them from the write-ahead log into the file.
        var database = _database.Open();
        await database.WriteAsync(async turn =>
        {
            await using var create = turn.OneOff("CREATE TABLE pages (body TEXT NOT NULL);");
            await create.ExecuteNonQueryAsync();
        });
        var fileBefore = new FileInfo(_database.Path).Length;

        var body = new string('x', 4000);
        await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => database.WriteAsync(async turn =>
        {
            var insert = turn.Statement("INSERT INTO pages (body) VALUES ($body);");
            insert.Parameters.AddWithValue("$body", body);
            await insert.ExecuteNonQueryAsync();
        })));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(_database.Path).Length < fileBefore + (300 * 4000) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(new FileInfo(_database.Path).Length >= fileBefore + (300 * 4000), $"The database file is {new FileInfo(_database.Path).Length} bytes; the rows are still only in the write-ahead log.");
        await database.DisposeAsync();

        // And everything is there after closing and opening again.
        await using var reopened = _database.Open();
        await using var connection = await reopened.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM pages;";
        Assert.Equal(300L, (long)(await count.ExecuteScalarAsync())!);
    }
}
