namespace BotCare.Cases;

/// <summary>One idea of how a problem could have been avoided, as customers put it most often, and how many gave it.</summary>
public sealed record AvoidanceIdeaCount(string Idea, int Count);
