namespace BotCare.Recognizers.Numbers;

/// <summary>The running total of a spelled number and what the last word was.</summary>
internal struct WordNumberState(long seed)
{
    private long _total;
    private long _group = seed;
    private long _lastScale = long.MaxValue;
    private decimal? _finished;
    private NumberWordKind _last = seed > 0 ? NumberWordKind.Unit : NumberWordKind.None;
    private bool _afterAnd;

    public int LastToken { get; private set; } = -1;

    public bool IsOrdinal { get; private set; }

    public readonly decimal Value => _finished ?? _total + _group;

    public readonly bool AcceptsAnd => _last is NumberWordKind.Hundred or NumberWordKind.Scale && !_afterAnd;

    /// <summary>A numerator for "three quarters" or a count for "two dozen": a plain number under a hundred.</summary>
    public readonly bool EndsWithSmallNumber =>
        LastToken >= 0 && _total == 0 && _group is > 0 and < 100 && !IsOrdinal
        && _last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens;

    public readonly bool Accepts(NumberWord word)
    {
        var afterGroupBoundary = _last is NumberWordKind.None or NumberWordKind.Hundred or NumberWordKind.Scale || _afterAnd;
        return word.Kind switch
        {
            NumberWordKind.Zero => _last == NumberWordKind.None,
            NumberWordKind.Unit => afterGroupBoundary || (_last == NumberWordKind.Tens && !_afterAnd),
            NumberWordKind.Teen or NumberWordKind.Tens => afterGroupBoundary,
            NumberWordKind.Hundred => _last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                && _group is > 0 and < 100,
            NumberWordKind.Scale => _group > 0 && word.Value < _lastScale && _last != NumberWordKind.None,
            _ => false,
        };
    }

    public void Add(NumberWord word, int token)
    {
        switch (word.Kind)
        {
            case NumberWordKind.Hundred:
                _group *= 100;
                break;
            case NumberWordKind.Scale:
                _total += _group * word.Value;
                _group = 0;
                _lastScale = word.Value;
                break;
            default:
                _group += word.Value;
                break;
        }

        _afterAnd = false;
        _last = word.Kind;
        IsOrdinal = word.IsOrdinal;
        LastToken = token;
    }

    public void MarkAnd() => _afterAnd = true;

    public void Finish(decimal value, int token)
    {
        _finished = value;
        LastToken = token;
    }
}
