using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.Testing;
using static ServiceExcellence.Reporting.Tests.Events;

namespace ServiceExcellence.Reporting.Tests.Reports;

/// <summary>
/// Reporting holds the organisation tree in memory and caches reports; an organisation event must reach both at once,
/// not after the cache's ten minutes.
/// </summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class OrganisationChangeTests(ReportingService service)
{
    [Fact]
    public async Task A_renamed_department_shows_its_new_name_in_the_cached_organisation_scorecard_at_once()
    {
        var code = Unique.DepartmentCode("rename");
        var registeredAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await RegisterAsync(new DepartmentRegistered(Guid.CreateVersion7(), registeredAt, code, "旧名 Old name", null));
        await service.PublishAndWaitAsync(Feedback(code, Shanghai(2033, 4, 2), nps: 10));
        var analyst = service.Analyst();
        Assert.Equal("旧名 Old name", await Eventually.MatchAsync(() => NameInRankingAsync(analyst, code), n => n == "旧名 Old name",
            ReportingService.Within, "the department in the organisation's ranking"));
        Assert.Equal("旧名 Old name", await NameInRankingAsync(analyst, code)); // now cached

        await PublishAsync(new DepartmentUpdated(Guid.CreateVersion7(), registeredAt.AddSeconds(30), code, "新名 New name", null));

        Assert.Equal("新名 New name", await Eventually.MatchAsync(() => NameInRankingAsync(analyst, code), n => n == "新名 New name",
            TimeSpan.FromSeconds(10), "the new name in the organisation's ranking"));
    }

    [Fact]
    public async Task A_sub_department_registered_after_its_parents_report_was_read_counts_in_that_report()
    {
        var parent = Unique.DepartmentCode("parent");
        var child = Unique.DepartmentCode("child");
        await RegisterAsync(new DepartmentRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, parent, "华东区 East", null));
        await service.PublishAndWaitAsync(Feedback(parent, Shanghai(2033, 5, 2), nps: 10));
        var analyst = service.Analyst();
        await analyst.EventuallyAsync("feedback-volume", parent, "2033-05-01", "2033-05-31", v => v.Value == 1);

        await RegisterAsync(new DepartmentRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, child, "上海分部 Shanghai", parent));
        await service.PublishAndWaitAsync(Feedback(child, Shanghai(2033, 5, 3), nps: 10));

        var (volume, _) = await analyst.EventuallyAsync("feedback-volume", parent, "2033-05-01", "2033-05-31", v => v.Value == 2);
        Assert.Equal(2, volume);
    }

    private Task PublishAsync<T>(T message) where T : class => service.Factory.Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Publishes the registration and waits until the service's copy has it (reports of an unknown code are a 400).</summary>
    private async Task RegisterAsync(DepartmentRegistered registered)
    {
        await PublishAsync(registered);
        await Eventually.MatchAsync(
            async () => (await service.Analyst().GetJsonAsync("/api/reports/departments")).EnumerateArray()
                .Any(d => d.GetProperty("code").GetString() == registered.DepartmentCode),
            known => known, ReportingService.Within, $"department {registered.DepartmentCode} in the copy");
    }

    private static async Task<string?> NameInRankingAsync(HttpClient analyst, string code)
    {
        var card = await analyst.GetJsonAsync("/api/reports/scorecards?period=2033-04");
        return card.GetProperty("ranking").EnumerateArray().First().GetProperty("departments").EnumerateArray()
            .Where(d => d.GetProperty("departmentCode").GetString() == code)
            .Select(d => d.GetProperty("departmentName").GetString()).SingleOrDefault();
    }
}
