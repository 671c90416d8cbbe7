namespace BotCare.Cases;

/// <summary>
/// Computes the insights dashboard from stored cases: nothing here reads a store or a clock, so the same cases always
/// give the same figures. Each figure's record says how it is computed.
/// </summary>
public static class InsightsCalculator
{
    /// <param name="period">The days covered; only cases created in it are counted.</param>
    /// <param name="cases">The period's cases (others are ignored).</param>
    /// <param name="commitments">The ledger's commitments; only those of the counted cases are used.</param>
    /// <param name="now">The report's time, which decides whether an open commitment is overdue.</param>
    public static InsightsReport Compute(InsightsPeriod period, IEnumerable<Case> cases, IEnumerable<Commitment> commitments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(commitments);
        var inPeriod = cases.Where(c => c.CreatedAt >= period.Start && c.CreatedAt < period.End).OrderBy(c => c.CreatedAt).ToList();
        var weeks = period.Weeks();
        var count = inPeriod.Count;
        var contained = inPeriod.Count(CaseFigures.IsContained);
        var recontacts = inPeriod.Count(CaseFigures.IsRecontact);
        var caseIds = inPeriod.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new InsightsReport(
            period.From,
            period.To,
            now,
            weeks.Select(w => w.Label).ToList(),
            count,
            contained,
            Rate(contained, count),
            recontacts,
            Rate(recontacts, count),
            ProblemCounter.Count(inPeriod, weeks),
            Escalations(inPeriod),
            Csat(inPeriod, weeks),
            Resolution(inPeriod),
            RemedyCosts(inPeriod),
            Commitments(commitments.Where(c => c.CaseId is not null && caseIds.Contains(c.CaseId)), now),
            AvoidanceIdeas.Group(inPeriod));
    }

    internal static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static EscalationFigures Escalations(List<Case> cases)
    {
        var escalated = cases.Count(CaseFigures.IsEscalated);
        var reasons = cases
            .SelectMany(c => c.Escalations.Select(e => e.Reason).Distinct())
            .GroupBy(r => r)
            .Select(g => new NamedCount(g.Key.ToString(), g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new EscalationFigures(escalated, Rate(escalated, cases.Count), reasons);
    }

    private static CsatFigures Csat(List<Case> cases, IReadOnlyList<IsoWeek> weeks)
    {
        var asked = cases.Count(CaseFigures.WasAskedForCsat);
        var scored = cases.Where(c => CaseFigures.Score(c) is not null).Select(c => (Week: IsoWeek.Of(c.CreatedAt).Label, Score: CaseFigures.Score(c)!.Value)).ToList();
        var distribution = Enumerable.Range(1, 5).Select(score => scored.Count(s => s.Score == score)).ToList();
        var trend = weeks.Select(week =>
        {
            var scores = scored.Where(s => s.Week == week.Label).Select(s => s.Score).ToList();
            return new WeeklyAverage(week.Label, scores.Count, scores.Count == 0 ? null : scores.Average());
        }).ToList();
        return new CsatFigures(
            asked,
            scored.Count,
            Rate(scored.Count, asked),
            scored.Count == 0 ? null : scored.Average(s => s.Score),
            distribution,
            trend);
    }

    private static ResolutionFigures Resolution(List<Case> cases)
    {
        var hours = cases.Select(CaseFigures.ResolutionHours).OfType<double>().Order().ToList();
        if (hours.Count == 0)
        {
            return new ResolutionFigures(0, null, null);
        }

        var middle = hours.Count / 2;
        var median = hours.Count % 2 == 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2;
        var p90 = hours[(int)Math.Ceiling(0.9 * hours.Count) - 1];
        return new ResolutionFigures(hours.Count, median, p90);
    }

    private static List<RemedyCostLine> RemedyCosts(List<Case> cases) => cases
        .SelectMany(c => c.Actions)
        .GroupBy(a => a.Item.Type)
        .Select(type => new RemedyCostLine(
            type.Key,
            type.Count(),
            type.Where(a => a.Item.Amount is not null)
                .GroupBy(a => a.Item.Amount!.Currency, StringComparer.OrdinalIgnoreCase)
                .Select(currency => new Money(currency.Sum(a => a.Item.Amount!.Amount), currency.Key.ToUpperInvariant()))
                .OrderByDescending(m => m.Amount)
                .ToList()))
        .OrderByDescending(line => line.Actions).ThenBy(line => line.Type)
        .ToList();

    private static CommitmentFigures Commitments(IEnumerable<Commitment> commitments, DateTimeOffset now)
    {
        int onTime = 0, late = 0, broken = 0, overdue = 0, onTrack = 0;
        foreach (var commitment in commitments)
        {
            switch (commitment.Status)
            {
                case CommitmentStatus.Kept when commitment.CompletedAt is { } done && done <= commitment.DueAt:
                    onTime++;
                    break;
                case CommitmentStatus.Kept:
                    late++;
                    break;
                case CommitmentStatus.Broken:
                    broken++;
                    break;
                case CommitmentStatus.Open when commitment.DueAt < now:
                    overdue++;
                    break;
                case CommitmentStatus.Open:
                    onTrack++;
                    break;
            }
        }

        return new CommitmentFigures(onTime, late, broken, overdue, onTrack, Rate(onTime, onTime + late + broken + overdue));
    }
}
