namespace BotCare.Builder.Tests.Turns;

public sealed class MessageFactoryTests
{
    [Fact]
    public void SuggestedActionsBecomeImBackButtons()
    {
        var message = MessageFactory.SuggestedActions(["Refund", "Replacement"], "What would make it right?");

        Assert.Equal("What would make it right?", message.Text);
        Assert.All(message.SuggestedActions!.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(["Refund", "Replacement"], message.SuggestedActions.Actions.Select(a => a.Value as string));
    }

    [Fact]
    public void AttachmentsAreListedOrShownAsACarousel()
    {
        var card = new HeroCard { Title = "Replacement" }.ToAttachment();

        Assert.Equal(AttachmentLayoutTypes.List, MessageFactory.Attachment(card).AttachmentLayout);
        Assert.Equal(AttachmentLayoutTypes.Carousel, MessageFactory.Carousel([card, card]).AttachmentLayout);
        Assert.Equal(HeroCard.ContentType, card.ContentType);
    }

    [Fact]
    public void TextMessagesAcceptInputUnlessToldOtherwise()
    {
        Assert.Equal(InputHints.AcceptingInput, MessageFactory.Text("hi").InputHint);
        Assert.Equal(InputHints.ExpectingInput, MessageFactory.Text("Is that right?", null, InputHints.ExpectingInput).InputHint);
        Assert.Equal("<speak>hi</speak>", MessageFactory.Text("hi", "<speak>hi</speak>").Speak);
    }
}
