namespace BotCare.Cases;

/// <summary>
/// Carries out an agreed remedy in the company's systems (issue the refund, ship the replacement, book the
/// visit) and returns the system's reference. BotCare records the action on the case either way; a company
/// plugs in its own systems here.
/// </summary>
public interface IRemedyFulfillment
{
    /// <param name="case">The case the remedy was agreed on.</param>
    /// <param name="item">The part of the remedy to carry out.</param>
    /// <param name="idempotencyKey">
    /// One key per action (<see cref="Case.NextActionKey"/>), the same however often the turn runs: a turn re-run after
    /// another instance saved first, or processed again after this process died half way, asks again with the same key.
    /// An implementation must then return the first reference and not act again; pass the key on to systems that
    /// take one (payment providers' idempotency keys).
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<string> ExecuteAsync(Case @case, RemedyItem item, string idempotencyKey, CancellationToken cancellationToken = default);
}
