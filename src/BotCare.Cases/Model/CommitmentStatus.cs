namespace BotCare.Cases;

public enum CommitmentStatus
{
    Open,
    Kept,
    Broken,
    Cancelled,
}
