using System.Net;
using System.Text.Json;

namespace BotCare.Web.Tests.DataProtection;

/// <summary>
/// A customer on the website, talking to the real recovery bot over Direct Line: what they type goes through the
/// whole pipeline (state, transcript, Direct Line log, case, commitments, handoff), as in production.
/// </summary>
internal sealed class ComplainingCustomer(BotCareApp app, string name)
{
    private readonly DirectLineTestClient _directLine = new(app);
    private DirectLineConversationResponse? _conversation;

    public string Name => name;

    public string ConversationId => _conversation!.ConversationId!;

    /// <summary>The channel user id the Direct Line token gave this customer.</summary>
    public string UserId { get; private set; } = string.Empty;

    public async Task StartAsync()
    {
        _conversation = await _directLine.StartAsync();
        var log = await app.Services.GetRequiredService<DirectLineStore>().GetAsync(ConversationId);
        UserId = log!.UserId;
    }

    public async Task SayAsync(string text)
    {
        var json = JsonSerializer.Serialize(new { type = "message", text, from = new { id = "ignored", name, role = "user" } });
        using var response = await _directLine.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", _conversation!.Token, json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Everything the bot and agents said, oldest first.</summary>
    public async Task<IReadOnlyList<string>> HeardAsync()
    {
        var set = await _directLine.GetActivitiesAsync(_conversation!);
        return set.Activities.Where(a => a.Type == ActivityTypes.Message && a.From?.Role != RoleTypes.User && !string.IsNullOrEmpty(a.Text)).Select(a => a.Text!).ToList();
    }
}
