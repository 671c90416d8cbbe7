using BotCare.Builder.Testing;

namespace BotCare.Builder.Tests.Handoff;

public sealed class EventFactoryTests
{
    [Fact]
    public async Task AHandoffInitiationCarriesTheContextAndTheTranscript()
    {
        Activity? handoff = null;
        var transcript = new Transcript([MessageFactory.Text("my order 48213 came late")]);
        await new TestAdapter().SendTextToBotAsync("let me talk to a manager", (ctx, ct) =>
        {
            handoff = EventFactory.CreateHandoffInitiation(ctx, new { skill = "delivery", reason = "customer asked" }, transcript);
            return Task.CompletedTask;
        });

        Assert.Equal(ActivityTypes.Event, handoff!.Type);
        Assert.Equal(HandoffEventNames.InitiateHandoff, handoff.Name);
        Assert.Equal("user1", handoff.From!.Id);
        Assert.Equal("convo1", handoff.Conversation!.Id);
        Assert.Equal("0", handoff.ReplyToId);
        Assert.Equal("0", handoff.RelatesTo!.ActivityId);
        var attachment = Assert.Single(handoff.Attachments!);
        Assert.Equal(("Transcript", "application/json"), (attachment.Name, attachment.ContentType));

        var wire = BotJson.Deserialize<Activity>(BotJson.Serialize(handoff))!;
        Assert.Equal("delivery", BotJson.Convert<Dictionary<string, object?>>(wire.Value)!["skill"]);
        Assert.Equal("my order 48213 came late", BotJson.Convert<Transcript>(wire.Attachments![0].Content)!.Activities[0].Text);
    }

    [Fact]
    public void AHandoffStatusSaysWhatHappened()
    {
        var status = EventFactory.CreateHandoffStatus(new ConversationAccount(id: "convo1"), HandoffStates.Failed, "No agents online");

        Assert.Equal(HandoffEventNames.HandoffStatus, status.Name);
        Assert.Equal(new HandoffStatus("failed", "No agents online"), status.Value);
        Assert.Equal("convo1", status.Conversation!.Id);
    }
}
