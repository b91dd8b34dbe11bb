namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>
/// "Now" for complaints, cut to PostgreSQL's microsecond precision so the times answered at once, the stored ones and
/// those in events are identical (a 100 ns tick would otherwise differ after a round trip).
/// </summary>
internal static class ComplaintTime
{
    public static DateTimeOffset ComplaintNow(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
