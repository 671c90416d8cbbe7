namespace BotCare.Storage.Sqlite.Tests;

/// <summary>A database file in its own temporary folder, deleted with the folder afterwards.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("botcare-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "sub", "botcare.db");

    public string ConnectionString => $"Data Source={Path}";

    public SqliteDatabase Open() => new(ConnectionString);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
