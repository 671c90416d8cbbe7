using BotCare.Web;

// BotCare: the recovery bot for unhappy customers. See README.md; everything is wired in BotCareWebHost.
var builder = WebApplication.CreateBuilder(args);
builder.AddBotCare();

var app = builder.Build();
app.UseBotCare();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
