using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string? id, string? name = null, string? role = null, string? aadObjectId = null)
    {
        Id = id;
        Name = name;
        Role = role;
        AadObjectId = aadObjectId;
    }

    /// <summary>The channel's id for the account (e.g. <c>29:1a2b...</c> in Teams, <c>U123:T456</c> in Slack).</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary><see cref="RoleTypes.User"/> or <see cref="RoleTypes.Bot"/>.</summary>
    public string? Role { get; set; }

    /// <summary>Fields this schema does not name, kept so nothing a channel sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
