namespace BotCare.Dialogs;

/// <summary>Whether this conversation has been greeted, so a repeated conversationUpdate does not greet twice.</summary>
public sealed class WelcomeState
{
    public bool Welcomed { get; set; }
}
