using System.Text;
using System.Text.Json;
using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.Testing;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Reports;

/// <summary>Scorecards with ranking, and CSV export that reads back as the same table.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class ScorecardAndExportTests(ReportingService service)
{
    [Fact]
    public async Task A_department_scorecard_lists_every_metric_with_goal_fields_present_and_null_and_counts_overdue_items()
    {
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("card"), "客户服务部");
        var complaint = Guid.NewGuid();
        var day = Shanghai(2026, 10, 5);
        await service.PublishAndWaitAsync(
            Feedback(department, day, csat: 5, nps: 10),
            Opened(department, complaint, day, day.AddDays(1)),
            ResolutionBreached(department, complaint, day, day.AddDays(1)),
            Overdue(department, Guid.NewGuid(), day));

        var card = await service.Analyst().GetJsonAsync($"/api/reports/scorecards/{department}?period=2026-10");

        Assert.Equal(("客户服务部", "2026-10", "2026-10-01", "2026-10-31"), (card.GetProperty("departmentName").GetString(),
            card.GetProperty("period").GetString(), card.GetProperty("from").GetString(), card.GetProperty("to").GetString()));
        var metrics = card.GetProperty("metrics").EnumerateArray().ToList();
        Assert.Equal(MetricCatalog.All.Select(m => m.Key), metrics.Select(m => m.GetProperty("metric").GetString()));
        Assert.All(metrics, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("target").ValueKind));
        Assert.All(metrics, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("status").ValueKind));
        Assert.Equal(100.0, metrics.Single(m => m.GetProperty("metric").GetString() == "nps").GetProperty("actual").GetDouble());
        Assert.Equal(0, card.GetProperty("goals").GetArrayLength());
        Assert.Equal(0, card.GetProperty("openAlerts").GetArrayLength());
        Assert.Equal((1, 1), (card.GetProperty("overdueComplaints").GetInt32(), card.GetProperty("overdueCorrectiveActions").GetInt32()));
    }

    [Fact]
    public async Task The_organisation_scorecard_ranks_departments_best_first_in_each_metrics_direction_with_no_data_last()
    {
        var better = await service.AddDepartmentAsync(Unique.DepartmentCode("rank-a"), "甲部");
        var worse = await service.AddDepartmentAsync(Unique.DepartmentCode("rank-b"), "乙部");
        var silent = await service.AddDepartmentAsync(Unique.DepartmentCode("rank-c"), "丙部");
        var day = Shanghai(2031, 2, 3);
        await service.PublishAndWaitAsync(
            Feedback(better, day, nps: 10), Feedback(better, day, nps: 10),
            Feedback(worse, day, nps: 0), Opened(worse, Guid.NewGuid(), day, day.AddDays(3)));

        var card = await service.Analyst().GetJsonAsync("/api/reports/scorecards?period=2031-02");

        var nps = Ranked(card, "nps");
        Assert.True(nps[better].Rank < nps[worse].Rank);
        Assert.True(nps[worse].Rank < nps[silent].Rank);
        Assert.Equal(JsonValueKind.Null, nps[silent].Value.ValueKind);
        // complaint-rate: lower is better.
        var rate = Ranked(card, "complaint-rate");
        Assert.True(rate[better].Rank < rate[worse].Rank);
        var volume = card.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "feedback-volume");
        Assert.True(volume.GetProperty("actual").GetDouble() >= 3);
    }

    [Fact]
    public async Task A_scorecard_exported_as_csv_with_chinese_names_reads_back_as_the_same_table()
    {
        const string name = "华东区, \"旗舰\" 客服中心";
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("csv"), name);
        var day = Shanghai(2026, 11, 2);
        await service.PublishAndWaitAsync(Feedback(department, day, csat: 4, nps: 7, ces: 2, sentiment: "negative"),
            Feedback(department, day, csat: 1, nps: 9));
        var analyst = service.Analyst();
        var card = await analyst.GetJsonAsync($"/api/reports/scorecards/{department}?period=2026-11");

        var response = await analyst.GetAsync($"/api/reports/export?report=scorecard&format=csv&departmentCode={department}&period=2026-11");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\r\n", text);
        var table = Csv.Parse(text);
        Assert.Equal(new[] { "departmentCode", "departmentName", "period", "from", "to", "metric", "actual", "sampleSize", "target", "deviation", "status",
            "direction" }, table[0]);
        var expected = card.GetProperty("metrics").EnumerateArray().Select(m => new[]
        {
            department, name, "2026-11", "2026-11-01", "2026-11-30", m.GetProperty("metric").GetString()!,
            m.GetProperty("actual").ValueKind == JsonValueKind.Null ? "" : m.GetProperty("actual").GetRawText(),
            m.GetProperty("sampleSize").GetRawText(), "", "", "", "",
        }).ToList();
        Assert.Equal(expected, table.Skip(1).ToList());
    }

    [Fact]
    public async Task The_organisation_scorecards_export_carries_the_ranking_with_department_names_intact()
    {
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("csv-org"), "北京\n分公司");
        await service.PublishAndWaitAsync(Feedback(department, Shanghai(2032, 3, 3), nps: 10));

        var response = await service.Analyst().GetAsync("/api/reports/export?report=scorecards&period=2032-03");
        var table = Csv.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));

        var row = Assert.Single(table, r => r[3] == "nps" && r[5] == department);
        Assert.Equal(("1", "北京\n分公司", "100"), (row[4], row[6], row[7]));
    }

    private static Dictionary<string, (int Rank, JsonElement Value)> Ranked(JsonElement card, string metric) =>
        card.GetProperty("ranking").EnumerateArray().Single(r => r.GetProperty("metric").GetString() == metric)
            .GetProperty("departments").EnumerateArray()
            .ToDictionary(d => d.GetProperty("departmentCode").GetString()!, d => (d.GetProperty("rank").GetInt32(), d.GetProperty("value")));
}
