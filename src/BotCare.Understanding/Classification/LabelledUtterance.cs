namespace BotCare.Understanding;

/// <summary>A customer message and its intent label, as in the training files.</summary>
public sealed record LabelledUtterance(string Label, string Text);
