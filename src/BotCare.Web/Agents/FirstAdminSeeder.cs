using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Creates the first administrator from <see cref="FirstAdminOptions"/> when the directory has none. Once one exists
/// the setting is ignored, so a password changed in the console is never reset by a restart. Storage being down at
/// start does not stop the bot serving customers: it is logged, and tried again at the next start.
/// </summary>
public sealed partial class FirstAdminSeeder(AgentDirectory directory, AgentAccounts accounts, IOptions<FirstAdminOptions> options, ILogger<FirstAdminSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value;
        if (string.IsNullOrEmpty(admin.Password))
        {
            return;
        }

        if (admin.Password.Length < AgentAccounts.MinimumPasswordLength)
        {
            throw new InvalidOperationException(
                $"{FirstAdminOptions.Section}:Password needs at least {AgentAccounts.MinimumPasswordLength} characters.");
        }

        try
        {
            // Only into a directory without an administrator, and never over an account of that name (one retired by
            // demoting it must not come back as an administrator with the configured password).
            var agents = await directory.ListAsync(cancellationToken);
            if (agents.Any(a => a.Role == AgentRole.Admin))
            {
                return;
            }

            if (agents.Any(a => string.Equals(a.Id, admin.Id.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                LogNameTaken(admin.Id);
                return;
            }

            var created = await accounts.CreateAsync(admin.Id, admin.DisplayName, AgentRole.Admin, admin.Password, cancellationToken: cancellationToken);
            LogCreated(created.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator account '{AgentId}' from the settings.")]
    private partial void LogCreated(string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator exists, but the account '{AgentId}' named in Agents:FirstAdmin does and is not one; nothing was changed. Choose another Agents:FirstAdmin:Id.")]
    private partial void LogNameTaken(string agentId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not create the first administrator account; trying again at the next start.")]
    private partial void LogFailed(Exception exception);
}
