using BotCare.Builder;

namespace BotCare.Channels;

/// <summary>An activity in a Direct Line conversation, with its position (the watermark it sets).</summary>
public sealed record StoredActivity(long Sequence, Activity Activity);
