using System.Text.Json;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Metrics;

/// <summary>Audit, corrective-action, SERVQUAL and staff metrics on small datasets computed by hand.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class AuditAndSurveyMetricsTests(ReportingService service)
{
    private const string From = "2026-06-01";
    private const string To = "2026-06-30";

    [Fact]
    public async Task Audit_score_is_the_mean_of_scored_audits_and_compliance_rate_pools_all_items()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("audit"));
        var day = Shanghai(2026, 6, 8);
        await service.PublishAndWaitAsync(
            Audit(department, day, "internal", 80, passed: 8, applicable: 10),
            Audit(department, day, "mystery-shopper", 60, passed: 3, applicable: 5),
            Audit(department, day, "self-assessment", null, passed: 0, applicable: 0),
            Audit(department, day, "mystery-shopper", 90, passed: 9, applicable: 10),
            Audit(department, Shanghai(2026, 7, 1), "internal", 10, passed: 1, applicable: 10));
        var analyst = service.Analyst();

        Assert.Equal(((80 + 60 + 90) / 3.0, 3L), await analyst.ValueAsync("audit-score", department, From, To));
        Assert.Equal((80.0, 25L), await analyst.ValueAsync("compliance-rate", department, From, To));
        Assert.Equal((75.0, 2L), await analyst.ValueAsync("mystery-shopper-score", department, From, To));
    }

    [Fact]
    public async Task Corrective_actions_on_time_are_counted_among_actions_due_in_the_period_that_were_completed_or_reported_overdue()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("actions"));
        var due = Shanghai(2026, 6, 15);
        var a = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        await service.PublishAndWaitAsync(
            Planned(department, a[0], due), Completed(department, a[0], due, due.AddDays(-1)),
            Planned(department, a[1], due), Completed(department, a[1], due, due.AddDays(2)),
            Planned(department, a[2], due), Overdue(department, a[2], due),
            Planned(department, a[3], due));

        Assert.Equal((100.0 / 3, 3L), await service.Analyst().ValueAsync("corrective-action-on-time", department, From, To));
    }

    [Fact]
    public async Task Servqual_gaps_are_means_over_respondents_and_the_report_gives_the_weighted_mean_over_those_with_weights()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("servqual"));
        var day = Shanghai(2026, 6, 9);
        await service.PublishAndWaitAsync(
            Servqual(department, day, [1, -1, 0, 2, -2], weighted: 0.5),
            Servqual(department, day, [-1, -1, -1, -1, -1], weighted: null));
        var analyst = service.Analyst();

        Assert.Equal((-0.5, 2L), await analyst.ValueAsync("servqual-gap", department, From, To));
        Assert.Equal((0.0, 2L), await analyst.ValueAsync("servqual-gap-tangibles", department, From, To));
        Assert.Equal((-1.0, 2L), await analyst.ValueAsync("servqual-gap-reliability", department, From, To));
        Assert.Equal((-0.5, 2L), await analyst.ValueAsync("servqual-gap-responsiveness", department, From, To));
        Assert.Equal((0.5, 2L), await analyst.ValueAsync("servqual-gap-assurance", department, From, To));
        Assert.Equal((-1.5, 2L), await analyst.ValueAsync("servqual-gap-empathy", department, From, To));

        var report = await analyst.GetJsonAsync($"/api/reports/servqual?departmentCode={department}&from={From}&to={To}");
        Assert.Equal(2, report.GetProperty("respondents").GetInt64());
        Assert.Equal(-1.5, report.GetProperty("dimensions").GetProperty("empathy").GetDouble());
        Assert.Equal(-0.5, report.GetProperty("overall").GetDouble());
        Assert.Equal(0.5, report.GetProperty("weighted").GetDouble());
        Assert.Equal(1, report.GetProperty("weightedRespondents").GetInt64());
    }

    [Fact]
    public async Task Service_awareness_takes_the_latest_assessment_per_staff_member_and_period()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("staff"));
        var june = Shanghai(2026, 6, 1, 0);
        var assessment = Guid.NewGuid();
        await service.PublishAndWaitAsync(Assessed(department, "s1-" + department, "2026-06", june, 70, assessment));
        await service.PublishAndWaitAsync(
            Assessed(department, "s1-" + department, "2026-06", june, 80, assessment),
            Assessed(department, "s2-" + department, "2026-06", june, 90));

        Assert.Equal((85.0, 2L), await service.Analyst().ValueAsync("service-awareness", department, From, To));
    }

    [Fact]
    public async Task Goal_attainment_is_null_with_a_sample_of_zero_for_a_department_without_goals()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("goals"));

        var json = await service.Analyst().MetricAsync("goal-attainment", department, From, To);

        Assert.Equal(JsonValueKind.Null, json.GetProperty("value").ValueKind);
        Assert.Equal(0, json.GetProperty("sampleSize").GetInt64());
    }
}
