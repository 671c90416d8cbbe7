using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>The customer's answer to an offer: yes, no, or a different ask ("make it $100").</summary>
public sealed record AgreementAnswer(bool? Agreed, RemedyAsk? NewAsk, string Text);
