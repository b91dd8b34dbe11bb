using ServiceExcellence.Contracts;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Metrics;

/// <summary>The feedback metrics of DOMAIN §6 on small datasets computed by hand.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class FeedbackMetricsTests(ReportingService service)
{
    private const string From = "2026-03-01";
    private const string To = "2026-03-31";

    [Fact]
    public async Task Each_feedback_metric_matches_its_hand_computed_value_with_skipped_answers_left_out_of_the_denominator()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("fb"));
        var day = Shanghai(2026, 3, 10);
        await service.PublishAndWaitAsync(
            Feedback(department, day, csat: 5, nps: 10, ces: 2, sentiment: "negative"),
            Feedback(department, day, csat: 4, nps: 9, sentiment: "positive"),
            Feedback(department, day, csat: 2, nps: 6, ces: 7),
            Feedback(department, day, ces: 3, sentiment: "negative"), // NPS and CSAT skipped
            Feedback(department, day, csat: 3, nps: 8, sentiment: "neutral"),
            Opened(department, Guid.NewGuid(), day, day.AddDays(5)));
        var analyst = service.Analyst();

        // CSAT answers 5, 4, 2, 3: two of four are 4–5; their mean is 14 / 4.
        Assert.Equal((50.0, 4L), await analyst.ValueAsync("csat", department, From, To));
        Assert.Equal((3.5, 4L), await analyst.ValueAsync("csat-avg", department, From, To));
        // NPS answers 10, 9, 6, 8: promoters 2, detractors 1 → 100 × (2 − 1) / 4.
        Assert.Equal((25.0, 4L), await analyst.ValueAsync("nps", department, From, To));
        // CES answers 2, 7, 3.
        Assert.Equal((4.0, 3L), await analyst.ValueAsync("ces-avg", department, From, To));
        Assert.Equal((5.0, 5L), await analyst.ValueAsync("feedback-volume", department, From, To));
        // Four commented entries, two negative.
        Assert.Equal((50.0, 4L), await analyst.ValueAsync("negative-share", department, From, To));
        // One complaint per five entries.
        Assert.Equal((20.0, 5L), await analyst.ValueAsync("complaint-rate", department, From, To));
    }

    [Fact]
    public async Task Csat_without_any_answer_is_null_with_sample_size_zero_while_volume_counts_the_entries()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("nocsat"));
        await service.PublishAndWaitAsync(
            Feedback(department, Shanghai(2026, 3, 5), nps: 10),
            Feedback(department, Shanghai(2026, 3, 6), sentiment: "positive"));
        var analyst = service.Analyst();

        Assert.Equal((null, 0L), await analyst.ValueAsync("csat", department, From, To));
        Assert.Equal((null, 0L), await analyst.ValueAsync("csat-avg", department, From, To));
        Assert.Equal((100.0, 1L), await analyst.ValueAsync("nps", department, From, To));
        Assert.Equal((2.0, 2L), await analyst.ValueAsync("feedback-volume", department, From, To));
    }

    [Fact]
    public async Task Every_metric_of_a_period_without_data_is_null_with_sample_size_zero()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("empty"));
        await service.PublishAndWaitAsync(Feedback(department, Shanghai(2026, 3, 5), csat: 5, nps: 10, ces: 1, sentiment: "negative"));
        var analyst = service.Analyst();

        foreach (var metric in ServiceExcellence.Reporting.Metrics.MetricCatalog.All)
        {
            Assert.Equal((null, 0L), await analyst.ValueAsync(metric.Key, department, "2026-04-01", "2026-04-30"));
        }
    }

    [Fact]
    public async Task An_entry_at_midnight_in_Shanghai_belongs_to_the_new_day_although_it_is_still_the_previous_day_in_UTC()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("midnight"));
        var lastSecondOfMarch = Shanghai(2026, 3, 31, 23, 59, 59);   // 2026-03-31T15:59:59Z
        var midnight = Shanghai(2026, 4, 1, 0, 0, 0);                  // 2026-03-31T16:00:00Z
        await service.PublishAndWaitAsync(
            Feedback(department, lastSecondOfMarch.ToUniversalTime(), nps: 0),
            Feedback(department, midnight.ToUniversalTime(), nps: 10));
        var analyst = service.Analyst();

        Assert.Equal((-100.0, 1L), await analyst.ValueAsync("nps", department, "2026-03-01", "2026-03-31"));
        Assert.Equal((100.0, 1L), await analyst.ValueAsync("nps", department, "2026-04-01", "2026-04-30"));
        Assert.Equal((0.0, 2L), await analyst.ValueAsync("nps", department, "2026-03-31", "2026-04-01"));
    }

    [Fact]
    public async Task A_department_with_its_sub_departments_adds_their_feedback_and_the_organisation_adds_everything()
    {
        var parent = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("parent"));
        var child = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("child"), parentCode: parent);
        var grandchild = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("grandchild"), parentCode: child);
        IIntegrationEvent[] events =
        [
            Feedback(parent, Shanghai(2030, 1, 2), nps: 10),
            Feedback(child, Shanghai(2030, 1, 2), nps: 0),
            Feedback(grandchild, Shanghai(2030, 1, 2), nps: 10),
        ];
        await service.PublishAndWaitAsync(events);
        var analyst = service.Analyst();

        Assert.Equal((100.0 / 3, 3L), await analyst.ValueAsync("nps", parent, "2030-01-01", "2030-01-31"));
        Assert.Equal((0.0, 2L), await analyst.ValueAsync("nps", child, "2030-01-01", "2030-01-31"));
        var alone = await analyst.GetJsonAsync($"/api/reports/metrics/nps?departmentCode={parent}&from=2030-01-01&to=2030-01-31&includeSubDepartments=false");
        Assert.Equal(100.0, alone.GetProperty("value").GetDouble());
        var organisation = await analyst.ValueAsync("feedback-volume", null, "2030-01-01", "2030-01-31");
        Assert.True(organisation.SampleSize >= 3);
    }
}
