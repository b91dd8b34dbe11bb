using ServiceExcellence.Contracts;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Metrics;

/// <summary>Complaint metrics, with exact percentiles (linear interpolation between closest ranks).</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class ComplaintMetricsTests(ReportingService service)
{
    private const string From = "2026-05-01";
    private const string To = "2026-05-31";

    [Fact]
    public async Task Percentiles_interpolate_between_closest_ranks_for_even_and_odd_counts()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("pct"));
        var day = Shanghai(2026, 5, 12);
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        await service.PublishAndWaitAsync(
        [
            // First responses 40, 10, 30, 20 minutes (even count, given out of order).
            .. new[] { 40.0, 10, 30, 20 }.Select((m, i) => (IIntegrationEvent)Responded(department, ids[i], day, m)),
            // Resolutions 16, 1, 8, 2, 4 hours (odd count).
            .. new[] { 16.0, 1, 8, 2, 4 }.Select((h, i) => (IIntegrationEvent)Resolved(department, ids[i], day, h, true, true, day.AddDays(2))),
        ]);
        var analyst = service.Analyst();

        // Sorted 10, 20, 30, 40: the median is the mean of 20 and 30; p90 sits at rank 0.9 × 3 = 2.7 → 30 + 0.7 × 10.
        Assert.Equal((25.0, 4L), await analyst.ValueAsync("first-response-minutes-p50", department, From, To));
        var p90 = await analyst.ValueAsync("first-response-minutes-p90", department, From, To);
        Assert.Equal(37.0, p90.Value!.Value, 12);
        // Sorted 1, 2, 4, 8, 16: the median is the middle value; p90 at rank 0.9 × 4 = 3.6 → 8 + 0.6 × 8.
        Assert.Equal((4.0, 5L), await analyst.ValueAsync("resolution-hours-p50", department, From, To));
        var resolutionP90 = await analyst.ValueAsync("resolution-hours-p90", department, From, To);
        Assert.Equal(12.8, resolutionP90.Value!.Value, 12);
    }

    [Fact]
    public async Task Resolution_rate_counts_complaints_due_in_the_period_whose_outcome_is_known_and_sla_compliance_needs_both_deadlines_met()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("sla"));
        var due = Shanghai(2026, 5, 20, 18);
        var opened = due.AddHours(-8);
        var c = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToArray();
        await service.PublishAndWaitAsync(
            // Resolved in the period and due in it: 1–3 met both deadlines, 4 missed the first response, 5 missed the resolution.
            Resolved(department, c[0], opened, 5, withinSla: true, firstResponseWithinSla: true, resolutionDueAt: due),
            Resolved(department, c[1], opened, 6, withinSla: true, firstResponseWithinSla: true, resolutionDueAt: due),
            Resolved(department, c[2], opened, 7, withinSla: true, firstResponseWithinSla: true, resolutionDueAt: due),
            Resolved(department, c[3], opened, 7, withinSla: true, firstResponseWithinSla: false, resolutionDueAt: due),
            Resolved(department, c[4], opened, 10, withinSla: false, firstResponseWithinSla: true, resolutionDueAt: due),
            // Due in the period, reported breached and still unresolved: counts as not resolved within SLA.
            Opened(department, c[5], opened, due),
            ResolutionBreached(department, c[5], opened, due),
            // Due in the period, outcome not known yet (no breach reported): not counted.
            Opened(department, c[6], opened, due),
            // Due in June: outside the period.
            Opened(department, c[7], opened, due.AddDays(20)),
            ResolutionBreached(department, c[7], opened, due.AddDays(20)));
        var analyst = service.Analyst();

        Assert.Equal((100.0 * 4 / 6, 6L), await analyst.ValueAsync("complaint-resolution-rate", department, From, To));
        Assert.Equal((60.0, 5L), await analyst.ValueAsync("sla-compliance", department, From, To));
    }

    [Fact]
    public async Task A_reopened_complaint_counts_with_its_latest_cycle_only()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("reopen"));
        var complaint = Guid.NewGuid();
        var opened = Shanghai(2026, 5, 3);
        await service.PublishAndWaitAsync(
            Opened(department, complaint, opened, opened.AddDays(5)),
            Responded(department, complaint, opened, 30));
        var reopenedAt = opened.AddDays(2);
        var reopened = new Contracts.Feedback.ComplaintReopened(Guid.CreateVersion7(), reopenedAt, department, complaint, "call-centre",
            "medium", opened, reopenedAt, "not fixed", 1, reopenedAt + ResponseTime, reopenedAt.AddDays(5));
        var secondResponse = Responded(department, complaint, opened, 90, reopenCount: 1, cycleStartedAt: reopenedAt);
        await service.PublishAndWaitAsync(reopened, secondResponse);
        // A late first-cycle event arriving after the new cycle changes nothing.
        await service.PublishAndWaitAsync(Responded(department, complaint, opened, 45));

        Assert.Equal((90.0, 1L), await service.Analyst().ValueAsync("first-response-minutes-p50", department, From, To));
    }
}
