namespace BotCare.Understanding;

/// <summary>One problem found in a story: the customer's words for it and what kind of problem it is.</summary>
public sealed record StoryIssue(string Text, Intent Category, double Confidence);
