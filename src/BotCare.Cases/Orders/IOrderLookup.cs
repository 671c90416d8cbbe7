namespace BotCare.Cases;

/// <summary>Where order facts come from. BotCare ships a JSON-file implementation; a company plugs in its own system.</summary>
public interface IOrderLookup
{
    /// <summary>The order, or null when there is no such order.</summary>
    Task<OrderRecord?> FindAsync(string orderNumber, CancellationToken cancellationToken = default);
}
