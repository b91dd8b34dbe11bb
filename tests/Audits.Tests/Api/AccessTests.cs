using System.Net;
using ServiceExcellence.Audits.Api.Audits;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;
using static ServiceExcellence.Audits.Tests.Api.AuditCalls;

namespace ServiceExcellence.Audits.Tests.Api;

[Collection(AuditsServiceCollection.Name)]
public sealed class AccessTests(AuditsService service)
{
    [Theory]
    [InlineData("/api/audits?departmentCode=%00%01")]
    [InlineData("/api/audits/standards?departmentCode=Not%20A%20Code")]
    [InlineData("/api/audits/nonconformities?departmentCode=%00")]
    [InlineData("/api/audits/corrective-actions?departmentCode=%00")]
    [InlineData("/api/audits/staff-assessments?departmentCode=%00")]
    public async Task A_department_filter_that_is_not_a_department_code_is_a_400_naming_it_never_a_500(string path)
    {
        var response = await service.Factory.CreateAdminClient().GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "departmentCode");
    }

    [Fact]
    public async Task An_auditor_outside_their_departments_is_refused_with_403()
    {
        var department = await KnownDepartmentAsync();
        var elsewhere = await KnownDepartmentAsync();
        var standard = await service.Factory.CreateAdminClient().PublishOkAsync(NewStandardCode(), department, 50, Item("one", 1));
        var outsider = service.Factory.CreateClientAs("auditor-" + elsewhere, [Roles.Auditor], elsewhere);

        var record = await outsider.RecordAsync(standard, department, [Result(standard.Items[0].Id, "pass")]);
        var list = await outsider.GetAsync($"/api/audits?departmentCode={department}");

        await record.AssertProblemAsync(HttpStatusCode.Forbidden);
        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_manager_of_another_department_cannot_verify_an_action_but_an_auditor_of_its_department_can()
    {
        var department = await KnownDepartmentAsync();
        var elsewhere = await KnownDepartmentAsync();
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var otherManager = service.Factory.CreateClientAs("manager-" + elsewhere, [Roles.Manager], elsewhere);
        var auditor = service.Factory.CreateClientAs("auditor-" + department, [Roles.Auditor], department);
        var nonconformity = await manager.RaiseOkAsync(department);
        var action = await manager.PlanOkAsync(nonconformity.Id, DateTimeOffset.UtcNow.AddDays(2));
        await manager.StartAndCompleteAsync(action.Id);

        var refused = await otherManager.ActAsync(action.Id, "verify", new { effective = true });
        var plannedByAuditor = await auditor.PlanAsync(nonconformity.Id, "2099-01-01");
        var verified = await auditor.ActOkAsync(action.Id, "verify", new { effective = true, note = "checked on site" });

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        await plannedByAuditor.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(("auditor-" + department, true), (verified.VerifiedBy, verified.Effective));
    }

    [Fact]
    public async Task Only_an_admin_publishes_a_standard_for_every_department_and_a_manager_only_for_their_own()
    {
        var department = await KnownDepartmentAsync();
        var elsewhere = await KnownDepartmentAsync();
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);

        var everywhere = await manager.PublishAsync(NewStandardCode(), null, 50, Item("one", 1));
        var foreign = await manager.PublishAsync(NewStandardCode(), elsewhere, 50, Item("one", 1));
        var own = await manager.PublishAsync(NewStandardCode(), department, 50, Item("one", 1));

        await everywhere.AssertProblemAsync(HttpStatusCode.Forbidden);
        await foreign.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task An_agent_reads_audits_of_their_department_and_an_analyst_of_every_department_but_neither_records_one()
    {
        var department = await KnownDepartmentAsync();
        var standard = await service.Factory.CreateAdminClient().PublishOkAsync(NewStandardCode(), department, 50, Item("one", 1));
        var audit = await service.Factory.CreateAdminClient().RecordOkAsync(standard, department, "pass");
        var agent = service.Factory.CreateClientAs("agent-" + department, [Roles.Agent], department);
        var analyst = service.Factory.CreateClientAs("analyst", [Roles.Analyst]);

        var byAgent = await agent.GetOkAsync<PagedResult<AuditResponse>>($"/api/audits?departmentCode={department}");
        var byAnalyst = await analyst.GetOkAsync<AuditResponse>($"/api/audits/{audit.Id}");
        var recordByAgent = await agent.RecordAsync(standard, department, [Result(standard.Items[0].Id, "pass")]);

        Assert.Equal([audit.Id], byAgent.Items.Select(a => a.Id));
        Assert.Equal(100, byAnalyst.Score);
        await recordByAgent.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("access"));
}
