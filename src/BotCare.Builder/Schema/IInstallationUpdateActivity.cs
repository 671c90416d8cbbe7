namespace BotCare.Builder;

/// <summary>The bot was installed into or removed from a team, chat or personal scope.</summary>
public interface IInstallationUpdateActivity : IActivity
{
    /// <summary><c>add</c>, <c>remove</c>, <c>add-upgrade</c> or <c>remove-upgrade</c>.</summary>
    string? Action { get; set; }
}
