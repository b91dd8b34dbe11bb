namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>
/// The centre line and spread of a KPI's control chart, fixed from a baseline window of its first measurements:
/// a p-chart for proportions (values in percent, limits p̄ ± 3√(p̄(1−p̄)/n) per point's own n) or an XmR chart for
/// continuous values (limits X̄ ± 2.66·MR̄, i.e. σ = 2.66·MR̄/3).
/// </summary>
public sealed record ControlChart(bool IsPChart, double Centre, double IndividualsSigma)
{
    /// <summary>The XmR constant: 3/d₂ with d₂ = 1.128 for moving ranges of two.</summary>
    public const double XmRFactor = 2.66;

    /// <summary>XmR chart from the window: X̄ and the mean moving range of consecutive values. Needs two values.</summary>
    public static ControlChart XmR(IReadOnlyList<double> window)
    {
        if (window.Count < 2)
        {
            throw new ArgumentException("An XmR chart needs at least two values.", nameof(window));
        }

        var movingRange = window.Zip(window.Skip(1), (a, b) => Math.Abs(b - a)).Average();
        return new ControlChart(false, window.Average(), XmRFactor * movingRange / 3);
    }

    /// <summary>p-chart from the window: p̄ = Σ answers in favour / Σ answers, values and centre in percent.</summary>
    public static ControlChart PChart(IReadOnlyList<ChartPoint> window)
    {
        var answers = window.Sum(p => p.SampleSize ?? 0);
        if (answers <= 0)
        {
            throw new ArgumentException("A p-chart needs points with their sample sizes.", nameof(window));
        }

        var inFavour = window.Sum(p => p.Value / 100 * (p.SampleSize ?? 0));
        return new ControlChart(true, 100 * inFavour / answers, 0);
    }

    /// <summary>One σ at a point: fixed for XmR, 100·√(p̄(1−p̄)/n) for a p-chart.</summary>
    public double SigmaAt(long? sampleSize)
    {
        if (!IsPChart)
        {
            return IndividualsSigma;
        }

        var p = Centre / 100;
        return sampleSize is > 0 ? 100 * Math.Sqrt(p * (1 - p) / sampleSize.Value) : double.PositiveInfinity;
    }

    public (double Lower, double Upper) Limits(long? sampleSize)
    {
        var sigma = SigmaAt(sampleSize);
        return (Centre - 3 * sigma, Centre + 3 * sigma);
    }

    /// <summary>How many σ the point lies from the centre, signed.</summary>
    public double ZScore(ChartPoint point)
    {
        var sigma = SigmaAt(point.SampleSize);
        if (sigma == 0)
        {
            // A flat baseline: any departure from it is infinitely far out.
            return point.Value == Centre ? 0 : point.Value > Centre ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return (point.Value - Centre) / sigma;
    }
}
