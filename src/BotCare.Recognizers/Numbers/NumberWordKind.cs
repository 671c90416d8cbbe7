namespace BotCare.Recognizers.Numbers;

/// <summary>The grammatical role of a number word, which decides what may follow it.</summary>
internal enum NumberWordKind
{
    None,
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}
