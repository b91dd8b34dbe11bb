using System.Net;
using System.Net.Http.Json;
using ServiceExcellence.Audits.Api.Staff;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.Api;

[Collection(AuditsServiceCollection.Name)]
public sealed class StaffAssessmentTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_second_assessment_of_the_same_staff_member_and_period_replaces_the_first_and_both_are_published()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"],
            (e, p) => p.Observe<StaffAssessed>(e));
        var department = await KnownDepartmentAsync();
        var auditor = service.Factory.CreateClientAs("auditor-" + department, [Roles.Auditor], department);
        var staffId = "staff-" + department;

        var first = await (await AssessAsync(auditor, staffId, department, "2026-Q3", 72.5)).ReadAsync<StaffAssessmentResponse>(HttpStatusCode.Created);
        var second = await (await AssessAsync(auditor, staffId, department, "2026-Q3", 88)).ReadAsync<StaffAssessmentResponse>(HttpStatusCode.OK);
        await AssessAsync(auditor, staffId, department, "2026-W27", 90);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero), first.PeriodStart);
        var list = await auditor.GetOkAsync<PagedResult<StaffAssessmentResponse>>($"/api/audits/staff-assessments?departmentCode={department}&period=2026-Q3");
        Assert.Equal([(first.Id, 88.0)], list.Items.Select(a => (a.Id, a.ServiceAwarenessScore)));
        var events = await probe.WaitForAsync<StaffAssessed>(e => e.AssessmentId == first.Id, Within, count: 2);
        Assert.Equal([72.5, 88.0], events.Select(e => e.ServiceAwarenessScore).Order());
        Assert.All(events, e => Assert.Equal((first.PeriodStart, "2026-Q3", staffId), (e.OccurredAt, e.Period, e.StaffId)));
    }

    [Fact]
    public async Task A_bad_period_or_score_is_refused_naming_the_field_and_an_agent_may_not_assess()
    {
        var department = await KnownDepartmentAsync();
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var agent = service.Factory.CreateClientAs("agent-" + department, [Roles.Agent], department);

        var badPeriod = await AssessAsync(manager, "staff-1", department, "2026-W60", 50);
        var badScore = await AssessAsync(manager, "staff-1", department, "2026-07", 101);
        var byAgent = await AssessAsync(agent, "staff-1", department, "2026-07", 50);

        await badPeriod.AssertProblemAsync(HttpStatusCode.BadRequest, "period");
        await badScore.AssertProblemAsync(HttpStatusCode.BadRequest, "serviceAwarenessScore");
        await byAgent.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> AssessAsync(HttpClient client, string staffId, string departmentCode, string period, double score) =>
        client.PostAsJsonAsync("/api/audits/staff-assessments", new { staffId, departmentCode, period, serviceAwarenessScore = score });

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("staff"));
}
