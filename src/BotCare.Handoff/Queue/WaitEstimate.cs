namespace BotCare.Handoff;

/// <summary>
/// What a waiting customer can honestly be told: their place, and how long it should take when anyone is there to
/// answer. No minutes are promised when nobody with the skill is online or the team is outside its opening hours.
/// </summary>
/// <param name="Position">1-based place among the chats waiting for the same skill.</param>
/// <param name="Minutes">The expected wait, when someone is there to take the chat.</param>
/// <param name="Staffed">Whether anyone who takes this skill is online now.</param>
/// <param name="Open">Whether it is within business hours.</param>
public sealed record WaitEstimate(int Position, int? Minutes, bool Staffed, bool Open)
{
    /// <summary>A wait worth offering an alternative for: after hours, nobody online, or longer than the threshold.</summary>
    public bool IsLong(HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !Open || !Staffed || Minutes > options.OfferContactLaterAfterMinutes;
    }
}
