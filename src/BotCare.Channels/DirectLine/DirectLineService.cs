using System.Security.Cryptography;
using BotCare.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ChannelIds = BotCare.Builder.Channels;

namespace BotCare.Channels;

/// <summary>
/// What the Direct Line endpoints do, apart from HTTP: start conversations (with the one conversationUpdate
/// that makes the bot say hello), and take the user's activities into the log and through a turn.
/// </summary>
public sealed class DirectLineService
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly DirectLineStore _store;
    private readonly DirectLineAdapter _adapter;
    private readonly IBot _bot;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DirectLineService> _logger;

    public DirectLineService(DirectLineStore store, DirectLineAdapter adapter, IBot bot, IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
        _options = options.Value;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger;
    }

    public ChannelAccount BotAccount => new(_options.BotId, _options.BotName) { Role = RoleTypes.Bot };

    /// <summary>A new unguessable conversation id (Direct Line ids are opaque; 24 letters and digits ≈ 143 bits).</summary>
    public static string NewConversationId() => RandomNumberGenerator.GetString(IdAlphabet, 24);

    /// <summary>A user id for an anonymous visitor, with the <c>dl_</c> prefix Direct Line gives generated ids.</summary>
    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(IdAlphabet, 16);

    /// <summary>
    /// Starts the conversation if it does not exist yet; only the call that created it runs the conversationUpdate
    /// turn (bot and user added), so a customer is welcomed exactly once however often the client reconnects.
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, string serviceUrl, CancellationToken cancellationToken = default)
    {
        var created = await _store.TryCreateAsync(new DirectLineConversation(conversationId, userId, _clock.GetUtcNow()), cancellationToken);
        if (!created)
        {
            return false;
        }

        var user = new ChannelAccount(userId) { Role = RoleTypes.User };
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChannelIds.Directline,
            ServiceUrl = serviceUrl,
            Timestamp = _clock.GetUtcNow(),
            Locale = locale,
            From = user,
            Recipient = BotAccount,
            Conversation = new ConversationAccount(id: conversationId),
            MembersAdded = [BotAccount, user],
        };
        _logger.LogInformation("Direct Line conversation {ConversationId} started.", conversationId);
        await _adapter.ProcessActivityAsync(update, _bot.OnTurnAsync, cancellationToken);
        return true;
    }

    /// <summary>
    /// Shows the customer, over the live stream only (it needs no storage), that their message could not be kept,
    /// echoing it back so the chat does not look frozen.
    /// </summary>
    public void TellStorageIsDown(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var notice = new Activity(ActivityTypes.Message)
        {
            Id = $"{conversationId}|notice-{Guid.NewGuid():N}",
            ChannelId = ChannelIds.Directline,
            Timestamp = _clock.GetUtcNow(),
            From = BotAccount,
            Recipient = activity.From,
            Conversation = new ConversationAccount(id: conversationId),
            ReplyToId = activity.Id,
            Text = _options.StorageDownMessage,
        };
        _store.Publish(conversationId, notice);
    }

    /// <summary>
    /// Takes a user's activity: stamps who and where it is from (the client cannot choose), keeps it in the log
    /// so the client sees it echoed with its id and <c>channelData.clientActivityID</c>, then runs the turn.
    /// </summary>
    public async Task<StoredActivity> PostAsync(string conversationId, string userId, Activity activity, string serviceUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = null;
        activity.ChannelId = ChannelIds.Directline;
        activity.ServiceUrl = serviceUrl;
        activity.Timestamp = _clock.GetUtcNow();
        activity.From = new ChannelAccount(userId, activity.From?.Name) { Role = RoleTypes.User };
        activity.Recipient = BotAccount;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.CallerId = null;

        var stored = await _store.AppendAsync(conversationId, activity, cancellationToken);
        await _adapter.ProcessActivityAsync(stored.Activity.Clone(), _bot.OnTurnAsync, cancellationToken);
        return stored;
    }
}
