namespace BotCare.Builder.Testing.Tests;

public sealed class XUnitDialogTestLoggerTests
{
    [Fact]
    public async Task PrintsWhatTheUserAndTheBotSaid()
    {
        var output = new CapturingOutput();
        var adapter = new TestAdapter().Use(new XUnitDialogTestLogger(output));

        await new TestFlow(adapter, (ctx, ct) => ctx.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No"], "Is that right?"), ct))
            .Send("my order is late").AssertReply("Is that right?")
            .StartTestAsync();

        Assert.Contains("User: my order is late", output.Text, StringComparison.Ordinal);
        Assert.Contains("Bot: Is that right? [Yes | No]", output.Text, StringComparison.Ordinal);
    }

    private sealed class CapturingOutput : ITestOutputHelper
    {
        private readonly System.Text.StringBuilder _text = new();

        public string Output => _text.ToString();

        public string Text => Output;

        public void Write(string message) => _text.Append(message);

        public void Write(string format, params object[] args) => _text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public void WriteLine(string message) => _text.AppendLine(message);

        public void WriteLine(string format, params object[] args) => _text.AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
