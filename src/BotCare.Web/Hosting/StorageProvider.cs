namespace BotCare.Web;

/// <summary>Where BotCare keeps state, cases and Direct Line conversations (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file under <c>.data/</c>: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>Process memory: for tests and demos; everything is gone at restart.</summary>
    Memory,

    /// <summary>PostgreSQL, for several instances.</summary>
    Postgres,
}
