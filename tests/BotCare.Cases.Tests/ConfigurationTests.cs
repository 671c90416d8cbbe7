using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotCare.Cases.Tests;

/// <summary>The shipped appsettings.json configures the policy, hours and orders as documented.</summary>
public sealed class ConfigurationTests
{
    private static ServiceProvider FromRootAppSettings(params (string Key, string? Value)[] overrides)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "BotCare.sln")))
        {
            root = root.Parent!;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root.FullName, "appsettings.json"))
            .AddInMemoryCollection(overrides.ToDictionary(o => o.Key, o => o.Value))
            .Build();
        return new ServiceCollection().AddBotCareCases(configuration).BuildServiceProvider();
    }

    [Fact]
    public void TheRemedyPolicyIsReadFromAppSettings()
    {
        using var services = FromRootAppSettings(("RemedyPolicy:Approval:RefundAbove", "500"));
        var options = services.GetRequiredService<IOptions<RemedyPolicyOptions>>().Value;

        Assert.Equal(500m, options.Approval.RefundAbove);
        Assert.Equal(75m, options.Credit.MaxAmount);
        Assert.Equal(RemedyType.Redo, options.DefaultRemedies[IssueCategory.Service]);
        Assert.Equal(0.6, options.Incentive.MinAnger);
    }

    [Fact]
    public async Task BusinessHoursAndTheSampleOrdersAreReadyToUse()
    {
        using var services = FromRootAppSettings();
        var hours = services.GetRequiredService<IOptions<BusinessHoursOptions>>().Value;
        Assert.Equal(new TimeOnly(17, 0), hours.Closes);
        Assert.DoesNotContain(DayOfWeek.Saturday, hours.WorkDays);

        var order = await services.GetRequiredService<IOrderLookup>().FindAsync("48213");
        Assert.NotNull(order);
        Assert.IsType<RecordOnlyRemedyFulfillment>(services.GetRequiredService<IRemedyFulfillment>());
    }
}
