using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.DataProtection;

/// <summary>
/// Two customers talk to the real bot through the whole pipeline (Direct Line, state, transcript, case, promises,
/// handoff, an agent's note); one is erased; then every column of every table is searched for anything that
/// identifies them, and the other customer's data must all still be there.
/// </summary>
public sealed class ErasureLeavesNothingBehindTests
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task OnSqliteErasingByOrderNumberLeavesNoTraceOfTheCustomerAnywhereAndKeepsTheOtherCustomer()
    {
        await using var app = new BotCareApp();
        var connectionString = $"Data Source={Path.Combine(app.Folder, "botcare.db")}";
        app.Settings["Storage:Provider"] = "Sqlite";
        app.Settings["ConnectionStrings:BotCare"] = connectionString;

        await EraseOneOfTwoAsync(app, zelda => new { orderNumber = "10042" }, () => StoredText.SqliteAsync(connectionString));
    }

    [Fact]
    public async Task OnPostgresErasingByConversationIdLeavesNoTraceOfTheCustomerAnywhereAndKeepsTheOtherCustomer()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var app = new BotCareApp();
        app.Settings["Storage:Provider"] = "Postgres";
        app.Settings["ConnectionStrings:BotCare"] = schema.ConnectionString;

        await EraseOneOfTwoAsync(app, zelda => new { conversationId = zelda.ConversationId }, () => StoredText.PostgresAsync(schema.ConnectionString));
    }

    private static async Task EraseOneOfTwoAsync(BotCareApp app, Func<ComplainingCustomer, object> request, Func<Task<IReadOnlyList<StoredText.Cell>>> everything)
    {
        var zelda = new ComplainingCustomer(app, "Zelda Quartermaine");
        var oskar = new ComplainingCustomer(app, "Oskar Brightwater");
        await ComplainAsync(zelda, "the headphones i ordered last week stopped charging after 2 days. the purple walrus sings at dawn", "10042");
        await ComplainAsync(oskar, "my kettle arrived with a cracked lid, the green heron hums at midnight", "48213");
        using var ana = await SignedInAsync(app, "ana", AgentRole.Agent);
        await AgentNotesAsync(app, ana, zelda, "Zelda Quartermaine called twice about the purple walrus headphones");
        await AgentNotesAsync(app, ana, oskar, "Oskar Brightwater wants the lid only");

        var zeldaTraces = Traces(zelda, "purple walrus", "10042");
        var oskarTraces = Traces(oskar, "green heron", "48213");
        var before = await everything();
        Assert.All(zeldaTraces, trace => Assert.Contains(before, cell => trace.IsMatch(cell.Text)));
        var commitments = app.Services.GetRequiredService<ICommitmentStore>();
        Assert.NotEmpty(await commitments.ListAsync(new CommitmentQuery { CustomerId = zelda.UserId }));

        using var admin = await SignedInAsync(app, "root", AgentRole.Admin);
        using var erased = await admin.PostAsJsonAsync("/api/admin/erasure", request(zelda));

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        using var report = JsonDocument.Parse(await erased.Content.ReadAsStringAsync());
        var stores = report.RootElement.GetProperty("stores").EnumerateArray().ToDictionary(s => s.GetProperty("store").GetString()!, s => s.GetProperty("removed").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("customers").GetArrayLength());
        Assert.All(
            [ConversationData.StoreState, ConversationData.StoreDirectLine, ConversationData.StoreTranscripts, ConversationData.StoreQueue, CustomerErasure.StoreCommitments, CustomerErasure.StoreCases],
            store => Assert.True(stores[store] > 0, $"{store} removed nothing"));

        var after = await everything();
        var left = after.Where(cell => zeldaTraces.Any(trace => trace.IsMatch(cell.Text))).Select(cell => $"{cell.Table}.{cell.Column}: {cell.Text[..Math.Min(cell.Text.Length, 200)]}").ToList();
        Assert.Empty(left);
        Assert.All(oskarTraces, trace => Assert.Contains(after, cell => trace.IsMatch(cell.Text)));
        Assert.NotNull(await app.Services.GetRequiredService<ICaseStore>().FindByConversationAsync(oskar.ConversationId));
        Assert.NotNull(await app.Services.GetRequiredService<IEscalationQueue>().GetAsync(oskar.ConversationId));
        Assert.NotNull(await app.Services.GetRequiredService<DirectLineStore>().GetAsync(oskar.ConversationId));
        Assert.NotEmpty(await commitments.ListAsync(new CommitmentQuery { CustomerId = oskar.UserId }));

        // The proof is kept, and lists the erasure.
        using var listed = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/erasure"));
        var item = Assert.Single(listed.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(report.RootElement.GetProperty("id").GetString(), item.GetProperty("id").GetString());
    }

    /// <summary>The whole recovery, then a request for a person, so every store holds something of the customer.</summary>
    private static async Task ComplainAsync(ComplainingCustomer customer, string story, string order)
    {
        await customer.StartAsync();
        foreach (var text in new[] { story, "no thats it", order, "yes", "i just want ones that work", "yes please", "maybe test them before shipping", "i want to talk to a person", $"it is about order {order} again" })
        {
            await customer.SayAsync(text);
        }
    }

    private static async Task AgentNotesAsync(BotCareApp app, HttpClient agent, ComplainingCustomer customer, string note)
    {
        var queue = app.Services.GetRequiredService<IEscalationQueue>();
        for (var i = 0; i < 100 && await queue.GetAsync(customer.ConversationId) is null; i++)
        {
            await Task.Delay(20);
        }

        using (var claimed = await agent.PostAsync($"/api/agent/conversations/{customer.ConversationId}/claim", null))
        {
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        }

        using var noted = await agent.PostAsJsonAsync($"/api/agent/conversations/{customer.ConversationId}/notes", new { text = note });
        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
    }

    /// <summary>What identifies the customer: ids, each part of their name, a phrase only they typed, their order number (as a whole number).</summary>
    private static List<Regex> Traces(ComplainingCustomer customer, string phrase, string order) =>
        [.. new[] { customer.UserId, customer.ConversationId, phrase }.Concat(customer.Name.Split(' ')).Select(s => new Regex(Regex.Escape(s), RegexOptions.IgnoreCase)),
            new Regex($@"(?<!\d){order}(?!\d)")];

    private static async Task<HttpClient> SignedInAsync(BotCareApp app, string id, AgentRole role)
    {
        await app.Services.GetRequiredService<AgentAccounts>().CreateAsync(id, id, role, Password, ["service", "product", "delivery", "billing"]);
        await app.Services.GetRequiredService<AgentDirectory>().SetPresenceAsync(id, AgentPresence.Online);
        return await AgentBrowser.SignedInApiAsync(app, id, Password);
    }
}
