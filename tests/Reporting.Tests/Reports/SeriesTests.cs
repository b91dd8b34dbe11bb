using System.Text.Json;
using ServiceExcellence.Testing;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Reports;

/// <summary>Series by day, ISO week, month and quarter, with empty buckets present as null.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class SeriesTests(ReportingService service)
{
    [Fact]
    public async Task A_weekly_series_has_one_point_per_iso_week_with_empty_weeks_null()
    {
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("weekly"));
        await service.PublishAndWaitAsync(
            Feedback(department, Shanghai(2026, 7, 1), nps: 10),
            Feedback(department, Shanghai(2026, 7, 5, 23, 59), nps: 0),   // Sunday of W27
            Feedback(department, Shanghai(2026, 7, 13, 0, 0), nps: 10));  // Monday of W29

        var series = await service.Analyst().GetJsonAsync(
            $"/api/reports/metrics/nps/series?departmentCode={department}&from=2026-07-01&to=2026-07-19&granularity=week");

        var points = Points(series);
        Assert.Equal("week", series.GetProperty("granularity").GetString());
        Assert.Equal(new[] { "2026-W27", "2026-W28", "2026-W29" }, points.Select(p => p.Label));
        Assert.Equal(new (double?, long)[] { (0.0, 2L), (null, 0L), (100.0, 1L) }, points.Select(p => (p.Value, p.SampleSize)));
        Assert.Equal(("2026-07-01", "2026-07-05"), (points[0].Start, points[0].End));
        Assert.Equal(("2026-07-13", "2026-07-19"), (points[2].Start, points[2].End));
    }

    [Fact]
    public async Task Monthly_quarterly_and_daily_series_label_their_buckets_and_cut_them_to_the_range()
    {
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("monthly"));
        await service.PublishAndWaitAsync(
            Feedback(department, Shanghai(2026, 5, 20), csat: 5),
            Feedback(department, Shanghai(2026, 8, 1), csat: 1));
        var analyst = service.Analyst();
        var query = $"departmentCode={department}&from=2026-05-15&to=2026-08-10";

        var monthly = Points(await analyst.GetJsonAsync($"/api/reports/metrics/csat/series?{query}&granularity=month"));
        var quarterly = Points(await analyst.GetJsonAsync($"/api/reports/metrics/csat/series?{query}&granularity=quarter"));
        var daily = Points(await analyst.GetJsonAsync($"/api/reports/metrics/csat/series?{query}&granularity=day"));

        Assert.Equal(new[] { "2026-05", "2026-06", "2026-07", "2026-08" }, monthly.Select(p => p.Label));
        Assert.Equal(new double?[] { 100.0, null, null, 0.0 }, monthly.Select(p => p.Value));
        Assert.Equal(("2026-05-15", "2026-08-10"), (monthly[0].Start, monthly[3].End));
        Assert.Equal(new[] { "2026-Q2", "2026-Q3" }, quarterly.Select(p => p.Label));
        Assert.Equal(new (double?, long)[] { (100.0, 1L), (0.0, 1L) }, quarterly.Select(p => (p.Value, p.SampleSize)));
        Assert.Equal(88, daily.Count);
        Assert.Equal((100.0, "2026-05-20"), (daily[5].Value, daily[5].Label));
    }

    private static List<(string Label, string Start, string End, double? Value, long SampleSize)> Points(JsonElement series) =>
        series.GetProperty("points").EnumerateArray().Select(p => (
            p.GetProperty("label").GetString()!,
            p.GetProperty("periodStart").GetString()!,
            p.GetProperty("periodEnd").GetString()!,
            p.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : p.GetProperty("value").GetDouble(),
            p.GetProperty("sampleSize").GetInt64())).ToList();
}
