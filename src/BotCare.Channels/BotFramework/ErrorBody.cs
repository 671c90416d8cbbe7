namespace BotCare.Channels;

/// <summary>The Bot Framework <c>ErrorResponse</c> shape: <c>{"error":{"code":...,"message":...}}</c>.</summary>
public sealed record ErrorBody(ErrorDetail Error)
{
    public static ErrorBody Of(string code, string message) => new(new ErrorDetail(code, message));
}
