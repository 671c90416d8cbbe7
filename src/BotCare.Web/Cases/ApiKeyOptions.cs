namespace BotCare.Web;

/// <summary>
/// Keys for the case API (<c>Api:Keys</c>), sent as <c>X-Api-Key</c>. With no keys configured the API refuses
/// everyone: cases hold customers' words and must never be open by default.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Api";

    public const string HeaderName = "X-Api-Key";

    public List<string> Keys { get; set; } = [];
}
