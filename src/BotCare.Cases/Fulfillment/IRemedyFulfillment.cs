namespace BotCare.Cases;

/// <summary>
/// Carries out an agreed remedy in the company's systems (issue the refund, ship the replacement, book the
/// visit) and returns the system's reference. BotCare records the action on the case either way; a company
/// plugs in its own systems here.
/// </summary>
public interface IRemedyFulfillment
{
    Task<string> ExecuteAsync(Case @case, RemedyItem item, CancellationToken cancellationToken = default);
}
