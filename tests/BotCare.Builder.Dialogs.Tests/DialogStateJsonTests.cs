using System.Text.Json;

namespace BotCare.Builder.Dialogs.Tests;

public sealed class DialogStateJsonTests
{
    private const string StoredStack = """
        {"dialogStack":[{"id":"outer","state":{"dialogs":{"dialogStack":[{"id":"text","state":{"options":{"prompt":{"type":"message","text":"What happened?"}},"state":{"AttemptCount":1}}},{"id":"steps","state":{"options":null,"values":{"told":["late","broken"],"paid":79.99},"stepIndex":2}}]}},"version":"outer:1"}]}
        """;

    [Fact]
    public void ScalarsComeBackAsPlainValuesAndObjectsStayJsonUntilRead()
    {
        var stack = BotJson.Deserialize<DialogState>(StoredStack)!;

        var outer = stack.DialogStack[0].State;
        Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(outer["dialogs"]).ValueKind);
        var inner = BotJson.Convert<DialogState>(outer["dialogs"])!;
        var steps = inner.DialogStack[1].State;
        Assert.Equal(2, Assert.IsType<int>(steps["stepIndex"]));
        Assert.Null(steps["options"]);
        var values = BotJson.Convert<Dictionary<string, object?>>(steps["values"])!;
        Assert.Equal(["late", "broken"], Assert.IsType<List<object?>>(values["told"]));
        Assert.Equal(79.99, values["paid"]);
    }

    [Fact]
    public void AStackReadAndWrittenAgainIsTheSameJson()
    {
        var stack = BotJson.Deserialize<DialogState>(StoredStack)!;
        Assert.Equal(StoredStack.Trim(), BotJson.Serialize(stack));
    }

    [Fact]
    public void TypedValuesPutBackIntoAStackAreWrittenAsJson()
    {
        var stack = BotJson.Deserialize<DialogState>(StoredStack)!;
        var outer = stack.DialogStack[0].State;
        var inner = BotJson.Convert<DialogState>(outer["dialogs"])!;
        inner.DialogStack[1].State["stepIndex"] = 3;
        outer["dialogs"] = inner;

        var again = BotJson.Deserialize<DialogState>(BotJson.Serialize(stack))!;
        var steps = BotJson.Convert<DialogState>(again.DialogStack[0].State["dialogs"])!.DialogStack[1].State;
        Assert.Equal(3, steps["stepIndex"]);
    }

    [Fact]
    public void AStateThatIsNotAnObjectIsRefusedWithAReason()
    {
        var error = Assert.Throws<JsonException>(() => BotJson.Deserialize<DialogState>("""{"dialogStack":[{"id":"x","state":[1,2]}]}"""));
        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
    }
}
