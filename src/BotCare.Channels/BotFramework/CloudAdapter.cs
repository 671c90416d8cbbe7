using System.Text.Json;
using BotCare.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ChannelIds = BotCare.Builder.Channels;

namespace BotCare.Channels;

/// <summary>
/// The Bot Framework channel adapter (the SDK's CloudAdapter): reads an activity from <c>POST /api/messages</c>,
/// checks who sent it, runs the turn, and answers the HTTP request the way channels expect. Replies go to the
/// channel through the <see cref="ConnectorClient"/>, or back in the response body for
/// <see cref="DeliveryModes.ExpectReplies"/>.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    /// <summary>TurnState key of the caller's identity.</summary>
    public const string IdentityKey = "BotIdentity";

    private readonly BotFrameworkTokenValidator _validator;
    private readonly ConnectorClient _connector;
    private readonly ConversationPacer _pacer;
    private readonly ChannelOptions _options;
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(BotFrameworkTokenValidator validator, ConnectorClient connector, ConversationPacer pacer, IOptions<ChannelOptions> options, ILogger<CloudAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _connector = connector ?? throw new ArgumentNullException(nameof(connector));
        _pacer = pacer ?? throw new ArgumentNullException(nameof(pacer));
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Handles one request: 400 for a body that is not an activity, 413 when too big, 401 when the sender cannot be trusted.</summary>
    public async Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(bot);
        var request = httpContext.Request;
        var response = httpContext.Response;

        var body = await RequestBody.ReadAsync(request, _options.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            await WriteErrorAsync(response, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body is larger than {_options.MaxRequestBodyBytes} bytes.", cancellationToken);
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException ex)
        {
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadArgument", $"The body is not a valid activity: {ex.Message}", cancellationToken);
            return;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadArgument", "The activity has no 'type'.", cancellationToken);
            return;
        }

        var authentication = await _validator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            _logger.LogWarning("Refused an activity from {ChannelId}: {Reason}", activity.ChannelId, authentication.Failure);
            await WriteErrorAsync(response, StatusCodes.Status401Unauthorized, "Unauthorized", authentication.Failure!, cancellationToken);
            return;
        }

        // callerId is never trusted from the wire (spec A2251): it is what authentication established.
        activity.CallerId = authentication.CallerId;
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState[IdentityKey] = authentication.Identity!;
        using (_logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = activity.Conversation?.Id, ["ChannelId"] = activity.ChannelId }))
        {
            var pipeline = RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
            if (!pipeline.IsCompleted)
            {
                await Task.WhenAny(pipeline, turnContext.Answered);
            }

            if (pipeline.IsCompleted)
            {
                await pipeline;
                await WriteTurnResponseAsync(turnContext, response, cancellationToken);
                return;
            }

            // The turn's answer is final (state saved, replies out) but the pipeline still has work the channel does not
            // wait for, such as writing the transcript: answer now, so the customer's next message is not held up by it.
            var answered = await WriteTurnResponseAsync(turnContext, response, cancellationToken);
            await response.CompleteAsync();
            try
            {
                await pipeline;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "A turn failed after its answer was sent.");
            }

            if (turnContext.BufferedReplyActivities.Count > answered)
            {
                _logger.LogWarning("{Count} replies buffered after the answer was sent were not delivered.", turnContext.BufferedReplyActivities.Count - answered);
            }
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypes.Delay:
                    await Task.Delay(Convert.ToInt32(activity.Value, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.InvokeResponse:
                    turnContext.TurnState[InvokeResponseKey] = activity;
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace when activity.ChannelId != ChannelIds.Emulator:
                    responses[i] = new ResourceResponse();
                    break;
                default:
                    // The channel assigns ids; a bot must not set one (spec A2031).
                    activity.Id = null;
                    await _pacer.WaitAsync(activity, cancellationToken);
                    responses[i] = await _connector.SendAsync(activity, cancellationToken);
                    break;
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        _connector.UpdateAsync(activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _connector.DeleteAsync(reference, cancellationToken);

    /// <summary>
    /// 200 with the buffered replies for expectReplies; the invoke's own status (501 when nobody answered); else 200.
    /// Returns how many buffered replies went into the answer.
    /// </summary>
    private static async Task<int> WriteTurnResponseAsync(TurnContext turnContext, HttpResponse response, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            response.StatusCode = StatusCodes.Status200OK;
            var replies = turnContext.CopyBufferedReplies();
            await response.WriteAsJsonAsync(new ExpectedReplies { Activities = replies }, BotJson.Options, cancellationToken);
            return replies.Count;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invoke = BotJson.Convert<InvokeResponse>(turnContext.TurnState.Get<Activity>(InvokeResponseKey)?.Value);
            response.StatusCode = invoke?.Status ?? StatusCodes.Status501NotImplemented;
            if (invoke?.Body is not null)
            {
                await response.WriteAsJsonAsync(invoke.Body, BotJson.Options, cancellationToken);
            }

            return 0;
        }

        response.StatusCode = StatusCodes.Status200OK;
        return 0;
    }

    private static Task WriteErrorAsync(HttpResponse response, int status, string code, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(ErrorBody.Of(code, message), BotJson.Options, cancellationToken);
    }
}
