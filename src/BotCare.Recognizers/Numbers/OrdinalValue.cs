namespace BotCare.Recognizers.Numbers;

/// <summary>An ordinal position: counted from the start ("second" = 2) or back from the end ("last" = 0).</summary>
internal readonly record struct OrdinalValue(long Offset, bool FromEnd);
