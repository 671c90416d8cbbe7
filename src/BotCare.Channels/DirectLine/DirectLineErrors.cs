using BotCare.Builder;
using Microsoft.AspNetCore.Http;

namespace BotCare.Channels;

/// <summary>Direct Line errors in the <c>ErrorResponse</c> shape, with the status codes clients act on.</summary>
public static class DirectLineErrors
{
    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    /// <summary>403: DirectLineJS waits for a new token instead of giving up.</summary>
    public static IResult Forbidden(string code, string message) => Error(StatusCodes.Status403Forbidden, code, message);

    /// <summary>404: DirectLineJS ends the conversation.</summary>
    public static IResult NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist.");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(long limit) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is larger than {limit} bytes.");

    /// <summary>502: the bot failed while handling the activity (the client may retry).</summary>
    public static IResult BotFailed() => Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle the activity.");

    /// <summary>503: storage is unreachable for now (the client retries).</summary>
    public static IResult Unavailable() => Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unavailable; try again shortly.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorBody.Of(code, message), BotJson.Options, statusCode: status);
}
