using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Contracts;
using ServiceExcellence.Testing;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Consumption;

/// <summary>The event log is the inbox: an event delivered again (same event id) changes nothing.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class RedeliveryTests(ReportingService service)
{
    [Fact]
    public async Task The_same_events_delivered_twice_give_the_same_numbers()
    {
        var consumed = ConsumedMessages.ObserveOn(service.Factory.Services.GetRequiredService<IBus>());
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("redelivery"));
        var day = Shanghai(2026, 8, 4);
        var complaint = Guid.NewGuid();
        IIntegrationEvent[] events =
        [
            .. Enumerable.Range(0, 40).Select(i => (IIntegrationEvent)Feedback(department, day.AddMinutes(i), csat: 1 + i % 5, nps: i % 11, ces: 1 + i % 7,
                sentiment: i % 3 == 0 ? "negative" : "positive")),
            Opened(department, complaint, day, day.AddDays(1)),
            Responded(department, complaint, day, 20),
            Resolved(department, complaint, day, 3, withinSla: true, firstResponseWithinSla: true, resolutionDueAt: day.AddDays(1)),
            Audit(department, day, "internal", 75, 3, 4),
        ];
        await service.PublishAndWaitAsync(events);
        var before = await SnapshotAsync(department);

        await service.PublishAsync(events);
        foreach (var e in events)
        {
            await consumed.WaitForAsync(e.EventId, 2, ReportingService.Within);
        }

        Assert.Equal(before, await SnapshotAsync(department));
        Assert.Equal((40.0, 40L), (before[4].Value, before[4].SampleSize));
    }

    private async Task<List<(double? Value, long SampleSize)>> SnapshotAsync(string department)
    {
        var analyst = service.Analyst();
        var values = new List<(double?, long)>();
        foreach (var metric in new[] { "csat", "csat-avg", "nps", "ces-avg", "feedback-volume", "negative-share", "complaint-rate",
                     "first-response-minutes-p50", "resolution-hours-p50", "sla-compliance", "complaint-resolution-rate", "audit-score" })
        {
            values.Add(await analyst.ValueAsync(metric, department, "2026-08-01", "2026-08-31"));
        }

        return values;
    }
}
