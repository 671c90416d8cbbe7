namespace BotCare.Recognizers.Units;

/// <summary>A currency as the resolution names it: "Dollar" / "USD".</summary>
internal sealed record CurrencyUnit(string Name, string IsoCode);
