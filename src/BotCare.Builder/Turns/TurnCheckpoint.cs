namespace BotCare.Builder;

/// <summary>How far a turn had got: the number of each kind of hook and delivery handler and a copy of its turn state.</summary>
internal sealed record TurnCheckpoint(int SendHooks, int UpdateHooks, int DeleteHooks, int DeliveredHandlers, Dictionary<string, object> TurnState);
