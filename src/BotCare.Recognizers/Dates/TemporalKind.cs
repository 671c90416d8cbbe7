namespace BotCare.Recognizers.Dates;

internal enum TemporalKind
{
    Date,
    Time,
    DateTime,
    DateRange,
    Duration,
}
