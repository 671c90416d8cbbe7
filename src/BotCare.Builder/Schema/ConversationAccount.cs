using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>A conversation on a channel.</summary>
public sealed class ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(bool? isGroup = null, string? id = null, string? name = null, string? conversationType = null, string? tenantId = null)
    {
        IsGroup = isGroup;
        Id = id;
        Name = name;
        ConversationType = conversationType;
        TenantId = tenantId;
    }

    public bool? IsGroup { get; set; }

    /// <summary>Teams uses <c>personal</c>, <c>groupChat</c> and <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
