namespace BotCare.Channels;

public sealed record ErrorDetail(string Code, string Message);
