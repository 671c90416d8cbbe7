namespace BotCare.Cases;

/// <summary>When the bot suspects it is being taken advantage of (playbook step 11). Good faith is the default.</summary>
public sealed class AbuseRules
{
    /// <summary>Earlier claims on the same order at or above which a new claim is suspicious.</summary>
    public int MaxPriorClaimsPerOrder { get; set; } = 2;

    /// <summary>How many times a demand may rise after an offer before it counts as escalating demands.</summary>
    public int RisingDemandsAfterOffers { get; set; } = 2;
}
