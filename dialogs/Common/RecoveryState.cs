using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// What the recovery conversation keeps between turns, next to the dialog stack: the case being built, how
/// the customer's anger moved, the order looked up, and which phrasings were already used.
/// </summary>
public sealed class RecoveryState
{
    public Case Case { get; set; } = new();

    /// <summary>How many of the case's commitments are in the commitment ledger already.</summary>
    public int CommitmentsRecorded { get; set; }

    /// <summary>Anger of each customer message, oldest first.</summary>
    public List<double> AngerHistory { get; set; } = [];

    /// <summary>The order the customer named, as the company's systems know it.</summary>
    public OrderRecord? Order { get; set; }

    /// <summary>Claims from the story the order record can check ("never arrived", "charged twice").</summary>
    public List<CustomerClaim> Claims { get; set; } = [];

    /// <summary>How often each phrase set was used, so the third apology is not the first one again.</summary>
    public Dictionary<string, int> PhraseUse { get; set; } = [];

    /// <summary>Whether the customer confirmed the story as the bot repeated it back.</summary>
    public bool StoryConfirmed { get; set; }

    /// <summary>Whether a person has been asked to take over; the bot then stops steering.</summary>
    public bool HandedOver { get; set; }
}
