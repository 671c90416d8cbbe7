namespace BotCare.Understanding;

/// <summary>The traits of the three tokens before the current one, nearest first: all an intensifier or a negation reaches.</summary>
internal struct RecentTokens
{
    private TokenTraits _last;
    private TokenTraits _second;
    private TokenTraits _third;

    /// <summary>Right after an intensifier: "very bad".</summary>
    public readonly bool IsIntensified => _last.HasFlag(TokenTraits.Intensifier);

    /// <summary>A negation within the three words before, not across punctuation: "not really that bad".</summary>
    public readonly bool IsNegated => Negates(_last) ?? Negates(_second) ?? Negates(_third) ?? false;

    public void Push(TokenTraits traits)
    {
        _third = _second;
        _second = _last;
        _last = traits;
    }

    /// <summary>True for a negation, false where the search stops (no token, or not a word), null to look further back.</summary>
    private static bool? Negates(TokenTraits token) =>
        token == TokenTraits.None || !token.HasFlag(TokenTraits.Word) ? false
        : token.HasFlag(TokenTraits.Negation) ? true
        : null;
}
