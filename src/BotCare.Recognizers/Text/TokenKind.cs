namespace BotCare.Recognizers.Text;

internal enum TokenKind
{
    Word,
    Symbol,
}
