using System.ComponentModel.DataAnnotations;

namespace BotCare.Web;

/// <summary>How the customer chat page looks (the <c>Chat</c> section): the company's name, colours and avatar.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    private const string Colour = "^#[0-9A-Fa-f]{6}$";

    [Required]
    public string CompanyName { get; set; } = "BotCare demo store";

    [Required]
    public string Title { get; set; } = "Customer care";

    public string Subtitle { get; set; } = "Tell us what went wrong. We'll listen, and put it right.";

    [RegularExpression(Colour)]
    public string AccentColor { get; set; } = "#1F5FBF";

    [RegularExpression(Colour)]
    public string BackgroundColor { get; set; } = "#F5F7FA";

    /// <summary>Shown in the bot's avatar when there is no image.</summary>
    [StringLength(4)]
    public string BotAvatarInitials { get; set; } = "BC";

    /// <summary>An https (or site-relative) URL of the bot's avatar image; empty for initials.</summary>
    [RegularExpression("^(|https://.+|/[^/].*)$")]
    public string BotAvatarImage { get; set; } = string.Empty;

    [StringLength(4)]
    public string UserAvatarInitials { get; set; } = "You";

    public string InputPlaceholder { get; set; } = "Type your message";

    /// <summary>Chat tokens one address may ask for per minute (a page load asks for one).</summary>
    [Range(1, 10_000)]
    public int TokensPerMinutePerAddress { get; set; } = 30;
}
