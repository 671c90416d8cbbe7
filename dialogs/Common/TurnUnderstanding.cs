using BotCare.Builder;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>Reads the turn's message once and shares the reading with every dialog that looks at it this turn.</summary>
internal static class TurnUnderstanding
{
    private const string Key = "BotCare.Dialogs.Understanding";

    public static MessageUnderstanding Of(ITurnContext turnContext, RecoveryServices services)
    {
        var text = turnContext.Activity.Text ?? string.Empty;
        if (turnContext.TurnState.TryGetValue(Key, out var cached) && cached is MessageUnderstanding understanding && understanding.Text == text)
        {
            return understanding;
        }

        // "Yesterday" means the customer's yesterday: their own clock when the channel sends it.
        var reference = turnContext.Activity.LocalTimestamp?.DateTime ?? services.BusinessHours.LocalTime(services.Now);
        understanding = services.Understander.Understand(text, reference);
        turnContext.TurnState[Key] = understanding;
        return understanding;
    }
}
