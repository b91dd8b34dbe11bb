using Microsoft.AspNetCore.Hosting;
using ServiceExcellence.Feedback.Complaints;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

/// <summary>A Feedback instance on a <see cref="ManualClock"/>; its own overdue timer is slowed to an hour.</summary>
internal sealed class ClockedFeedbackService(FeedbackService service) : ClockedService<Program>(service.Factory,
    builder => builder.UseSetting($"{OverdueScanOptions.Section}:Interval", "01:00:00"))
{
    /// <summary>Runs one overdue scan at the clock's current time, as the background timer would.</summary>
    public Task<int> ScanAsync() => RunAsync<OverdueComplaintScanner, int>((scanner, ct) => scanner.ScanAsync(ct));
}
