namespace BotCare.Builder;

/// <summary>The id a channel gave an activity the bot sent.</summary>
public sealed class ResourceResponse
{
    public ResourceResponse()
    {
    }

    public ResourceResponse(string? id)
    {
        Id = id;
    }

    public string? Id { get; set; }
}
