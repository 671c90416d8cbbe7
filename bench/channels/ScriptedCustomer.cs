namespace BotCare.Channels.Bench;

/// <summary>
/// The conversation every simulated customer has, turn by turn, with what the answer must contain: the first
/// playbook example (a broken product, replaced at once). The Node bot says the same things.
/// </summary>
internal static class ScriptedCustomer
{
    /// <summary>Null text is the conversationUpdate that opens the chat.</summary>
    public static readonly (string? Text, string Expect)[] Turns =
    [
        (null, "What happened?"),
        ("the headphones i ordered last week stopped charging after 2 days. really disappointed", "anything else that went wrong?"),
        ("no thats it", "order or booking number"),
        ("10042", "Let me make sure I have it right"),
        ("yes", "What would make this right for you?"),
        ("i just want ones that work", "Shall I go ahead?"),
        ("yes please", "Your reference is RPL-10042-1."),
        ("maybe test the batteries before shipping", "Take care."),
    ];
}
