namespace BotCare.Builder;

/// <summary>How far a turn had got: the number of each kind of hook and a copy of its turn state.</summary>
internal sealed record TurnCheckpoint(int SendHooks, int UpdateHooks, int DeleteHooks, Dictionary<string, object> TurnState);
