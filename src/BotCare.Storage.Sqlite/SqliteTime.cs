using System.Globalization;

namespace BotCare.Storage.Sqlite;

/// <summary>Times as SQLite stores them in BotCare's tables: fixed-width UTC text, so text order is time order.</summary>
internal static class SqliteTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object TextOrNull(DateTimeOffset? time) => time is { } t ? Text(t) : DBNull.Value;
}
