namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class AttachmentPromptTests
{
    [Fact]
    public Task AcceptsAPhotoAndAsksAgainForPlainText()
    {
        var photo = new Activity(ActivityTypes.Message)
        {
            Attachments = [new Attachment("image/jpeg", "https://files.example/damage.jpg", name: "damage.jpg")],
        };

        return PromptHarness.Flow(new AttachmentPrompt("photo"), PromptHarness.Ask("Could you send a photo of the damage?", "Please attach a photo."), r => $"Got {((IList<Attachment>)r!)[0].Name}")
            .Send("hello")
            .AssertReply("Could you send a photo of the damage?")
            .Send("I don't have one")
            .AssertReply("Please attach a photo.")
            .Send(photo)
            .AssertReply("Got damage.jpg")
            .StartTestAsync();
    }
}
