using System.Text.Json.Nodes;

namespace BotCare.Recognizers.Tests;

/// <summary>One entry of a spec file: an input, what it needs, and every result the model must return.</summary>
public sealed record SpecCase
{
    public required string Input { get; init; }

    public SpecContext? Context { get; init; }

    public IReadOnlyList<ChoiceCandidate>? Choices { get; init; }

    public ChoiceMatchOptions? Options { get; init; }

    public IReadOnlyList<SpecResult> Results { get; init; } = [];
}

public sealed record SpecContext(DateTime ReferenceDateTime);

public sealed record SpecResult(string Text, string TypeName, int Start, int End, JsonObject Resolution);
