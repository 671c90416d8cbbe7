namespace BotCare.Cases;

/// <summary>One part of a remedy: a type and, for money, an amount.</summary>
public sealed record RemedyItem(RemedyType Type, Money? Amount = null)
{
    public override string ToString() => Amount is null ? Type.ToString() : $"{Type} {Amount}";
}
