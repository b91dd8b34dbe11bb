using ServiceExcellence.Reporting.Data;
using ServiceExcellence.Testing;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Reports;

/// <summary>Reports are cached in Redis until an event changes their inputs.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class CacheTests(ReportingService service)
{
    [Fact]
    public async Task A_cached_report_is_served_until_a_new_feedback_entry_arrives_and_then_changes()
    {
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("cache"));
        await service.PublishAndWaitAsync(Feedback(department, Shanghai(2026, 9, 2), nps: 10));
        var analyst = service.Analyst();
        Assert.Equal((100.0, 1L), await analyst.EventuallyAsync("nps", department, "2026-09-01", "2026-09-30", v => v.SampleSize == 1));

        // A change behind the service's back (no event) is not seen: the answer comes from the cache.
        await AddDetractorBehindTheServicesBackAsync(department, 1);
        try
        {
            Assert.Equal((100.0, 1L), await analyst.ValueAsync("nps", department, "2026-09-01", "2026-09-30"));

            // A consumed event of the department drops the cached answer: (1 promoter − 2 detractors) / 3.
            await service.PublishAndWaitAsync(Feedback(department, Shanghai(2026, 9, 3), nps: 0));
            Assert.Equal((-100.0 / 3, 3L), await analyst.EventuallyAsync("nps", department, "2026-09-01", "2026-09-30", v => v.SampleSize == 3));
        }
        finally
        {
            // Leave the read model as the event log says it is, so a rebuild reproduces it.
            await AddDetractorBehindTheServicesBackAsync(department, -1);
        }
    }

    private async Task AddDetractorBehindTheServicesBackAsync(string department, int count)
    {
        await using var command = service.Database.CreateCommand(
            $"UPDATE {ReportingTables.DailyFeedbackTotals} SET nps_answers = nps_answers + $2, nps_detractors = nps_detractors + $2 " +
            "WHERE department_code = $1 AND local_date = '2026-09-02'");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = department });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = (long)count });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
