namespace ServiceExcellence.Bench;

/// <summary>
/// The gateway scenario's results (merged saturated rounds each way, then the two paced lanes), the throughput ratio of
/// each round's two adjacent runs, and what an entry cost the machine each way at one rate.
/// </summary>
public sealed record GatewayRun(
    IReadOnlyList<LoadResult> Results, IReadOnlyList<double> RoundRatios, double EqualRate, RoundWork Direct, RoundWork ViaGateway);

/// <summary>Entries taken in over a way's rounds and the machine's busy time over those rounds and the settles after them.</summary>
public sealed record RoundWork(long Entries, TimeSpan Busy)
{
    public double MicrosecondsPerEntry => Busy.TotalMicroseconds / Entries;
}
