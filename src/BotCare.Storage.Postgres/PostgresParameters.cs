using Npgsql;
using NpgsqlTypes;

namespace BotCare.Storage.Postgres;

/// <summary>Parameters whose values need converting before Npgsql will send them.</summary>
internal static class PostgresParameters
{
    /// <summary>
    /// A point in time for a <c>timestamptz</c> column. Npgsql refuses a <see cref="DateTimeOffset"/> with an offset
    /// other than zero (and breaks the connection doing so), while BotCare's times often carry the customer's own
    /// offset, taken from the channel's local timestamp: the same instant, sent as UTC.
    /// </summary>
    public static NpgsqlParameter<DateTimeOffset> Instant(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };

    /// <summary>As <see cref="Instant(string, DateTimeOffset)"/>, with SQL NULL for no time.</summary>
    public static NpgsqlParameter Instant(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } known ? known.ToUniversalTime() : DBNull.Value };
}
