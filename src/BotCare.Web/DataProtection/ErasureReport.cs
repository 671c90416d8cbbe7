namespace BotCare.Web;

/// <summary>
/// Proof that a customer's data was erased: what was asked, when, by whom, and per store what went. It names the
/// customer, their conversations and orders only by keyed hash (<see cref="Pseudonyms"/>): kept in clear, the
/// report would itself be the personal data it says is gone. Case and commitment ids are kept as they are: they are
/// random, say nothing about the person, and let a restored backup be erased again.
/// </summary>
public sealed class ErasureReport
{
    public string Id { get; set; } = $"erasure-{Guid.NewGuid():n}";

    /// <summary><c>customerId</c>, <c>conversationId</c> or <c>orderNumber</c>.</summary>
    public string SubjectKind { get; set; } = string.Empty;

    /// <summary>The hashed identifier that was asked for.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The admin who asked.</summary>
    public string Admin { get; set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>Hashed ids of every customer found (a conversation or an order leads to its customers).</summary>
    public List<string> Customers { get; set; } = [];

    /// <summary>Hashed ids of every conversation found.</summary>
    public List<string> Conversations { get; set; } = [];

    public List<ErasureStoreResult> Stores { get; set; } = [];

    public int TotalRemoved => Stores.Sum(s => s.Removed);

    /// <summary>No store held anything about the subject.</summary>
    public bool NothingFound => TotalRemoved == 0;
}
