namespace BotCare.Builder;

/// <summary>The HTTP status and body an invoke activity is answered with.</summary>
public sealed class InvokeResponse
{
    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    public object? Body { get; set; }
}
