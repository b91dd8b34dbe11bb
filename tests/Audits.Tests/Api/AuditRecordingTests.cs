using System.Net;
using System.Text.Json;
using ServiceExcellence.Audits.Api.Audits;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Api.Standards;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;
using static ServiceExcellence.Audits.Tests.Api.AuditCalls;

namespace ServiceExcellence.Audits.Tests.Api;

[Collection(AuditsServiceCollection.Name)]
public sealed class AuditRecordingTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_hand_computed_audit_is_scored_through_the_api_and_raises_nonconformities_for_the_critical_failure_and_the_low_score()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) =>
        {
            p.Observe<AuditCompleted>(e);
            p.Observe<NonconformityRaised>(e);
        });
        var (manager, auditor, department) = await ClientsAsync();
        var standard = await manager.PublishOkAsync(NewStandardCode(), department, 80,
            Item("前台微笑问候 greets with a smile", 3, critical: true, "reliability"),
            Item("主动询问需求 asks what the customer needs", 2, servqualDimension: "empathy"),
            Item("儿童区整洁 children's corner tidy", 5),
            Item("核对身份 checks identity", 1, critical: true, "reliability"),
            Item("道别 says goodbye", 4, servqualDimension: "empathy"));

        var audit = await auditor.RecordOkAsync(standard, department, "pass", "fail", "n/a", "fail", "pass");

        // Applicable weight 3 + 2 + 1 + 4 = 10, passed 3 + 4 = 7; 2 of 4 applicable items passed; the n/a item counts nowhere.
        Assert.Equal((70.0, 50.0, false), (audit.Score, audit.ComplianceRate, audit.Passed));
        Assert.Equal((2, 2, 4), (audit.PassedItems, audit.FailedItems, audit.ApplicableItems));
        Assert.Equal(2, audit.NonconformityIds.Count);
        var detail = await auditor.GetOkAsync<AuditResponse>($"/api/audits/{audit.Id}");
        Assert.Equal(["pass", "fail", "n/a", "fail", "pass"], detail.Results!.Select(r => r.Outcome));
        Assert.Equal(standard.Items.Select(i => i.Id), detail.Results!.Select(r => r.ItemId));
        Assert.Equal((standard.Code, 1), (detail.Standard!.Code, detail.Standard.Version));
        Assert.Equal([(ServqualDimension.Reliability, (double?)75), (ServqualDimension.Empathy, 66.67)],
            detail.DimensionResults!.Select(d => (d.Dimension, d.Score)));

        var raised = await manager.GetOkAsync<PagedResult<NonconformityResponse>>($"/api/audits/nonconformities?departmentCode={department}");
        Assert.Equal(audit.NonconformityIds.Order(), raised.Items.Select(n => n.Id).Order());
        Assert.All(raised.Items, n => Assert.Equal((NonconformitySource.Audit, audit.Id, NonconformityState.Open), (n.Source, n.AuditId, n.State)));
        Assert.Equal([false, true], raised.Items.Select(n => n.Critical).Order());

        var completed = Assert.Single(await probe.WaitForAsync<AuditCompleted>(e => e.AuditId == audit.Id, Within));
        Assert.Equal((department, "internal", standard.Code, 1), (completed.DepartmentCode, completed.Kind, completed.StandardCode, completed.StandardVersion));
        Assert.Equal((70.0, 50.0, 7.0, 10.0), (completed.Score!.Value, completed.ComplianceRate!.Value, completed.PassedWeight, completed.ApplicableWeight));
        Assert.Equal(400.0 / 6, completed.DimensionResults.Single(d => d.Dimension == "empathy").Score!.Value, 9);
        Assert.Equal(audit.NonconformityIds.Order(), completed.NonconformityIds.Order());
        var events = await probe.WaitForAsync<NonconformityRaised>(e => e.SourceReference == audit.Id.ToString() && e.Source == "audit", Within, count: 2);
        Assert.Equal(audit.NonconformityIds.Order(), events.Select(e => e.NonconformityId).Order());
        Assert.Equal([false, true], events.Select(e => e.Critical).Order());
    }

    [Fact]
    public async Task An_audit_that_skips_an_item_is_refused_naming_the_item()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var standard = await manager.PublishOkAsync(NewStandardCode(), department, 50, Item("one", 1), Item("two", 1), Item("three", 1));

        var response = await auditor.RecordAsync(standard, department, [Result(standard.Items[0].Id, "pass"), Result(standard.Items[2].Id, "fail")]);

        var problem = await response.ReadAsync<JsonElement>(HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorsFor("results"), m => m.Contains(standard.Items[1].Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_audit_that_answers_an_item_twice_is_refused_naming_the_item()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var standard = await manager.PublishOkAsync(NewStandardCode(), department, 50, Item("one", 1), Item("two", 1));
        var twice = standard.Items[1].Id;

        var response = await auditor.RecordAsync(standard, department,
            [Result(standard.Items[0].Id, "pass"), Result(twice, "pass"), Result(twice, "fail")]);

        var problem = await response.ReadAsync<JsonElement>(HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorsFor("results[2].itemId"), m => m.Contains(twice.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_audit_that_names_an_item_of_another_version_is_refused_naming_the_item()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var code = NewStandardCode();
        var first = await manager.PublishOkAsync(code, department, 50, Item("one", 1), Item("two", 1));
        var second = await manager.PublishOkAsync(code, department, 50, Item("one", 1), Item("two", 2));

        var response = await auditor.RecordAsync(second, department, [Result(second.Items[0].Id, "pass"), Result(first.Items[1].Id, "pass")]);

        var problem = await response.ReadAsync<JsonElement>(HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorsFor("results[1].itemId"), m => m.Contains(first.Items[1].Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(problem.ErrorsFor("results"), m => m.Contains(second.Items[1].Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_standard_version_leaves_earlier_audits_scores_unchanged_and_their_version_visible()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var code = NewStandardCode();
        var first = await manager.PublishOkAsync(code, department, 50, Item("one", 1), Item("two", 3));
        var earlier = await auditor.RecordOkAsync(first, department, "pass", "fail");

        var second = await manager.PublishOkAsync(code, department, 90, Item("one", 3), Item("two", 1), Item("three", 1));
        var later = await auditor.RecordOkAsync(second, department, "pass", "fail", "n/a");

        var reread = await auditor.GetOkAsync<AuditResponse>($"/api/audits/{earlier.Id}");
        Assert.Equal((2, 25.0, 1), (second.Version, reread.Score, reread.StandardVersion));
        Assert.Equal(first.Items.Select(i => (i.Id, i.Weight)), reread.Standard!.Items.Select(i => (i.Id, i.Weight)));
        Assert.Equal((75.0, 2), (later.Score, later.StandardVersion));
        Assert.Equal(2, (await auditor.GetOkAsync<StandardResponse>($"/api/audits/standards/{code}")).Version);
        Assert.Equal(first.Items.Select(i => i.Id),
            (await auditor.GetOkAsync<StandardResponse>($"/api/audits/standards/{code}?version=1")).Items.Select(i => i.Id));
        var list = await auditor.GetOkAsync<PagedResult<AuditResponse>>($"/api/audits?departmentCode={department}");
        Assert.Equal([(later.Id, 2), (earlier.Id, 1)], list.Items.Select(a => (a.Id, a.StandardVersion)));
    }

    [Fact]
    public async Task A_standard_of_another_department_is_refused_and_one_for_every_department_is_accepted()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var other = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("other"));
        var foreign = await service.Factory.CreateAdminClient().PublishOkAsync(NewStandardCode(), other, 50, Item("one", 1));
        var everywhere = await service.Factory.CreateAdminClient().PublishOkAsync(NewStandardCode(), null, 50, Item("one", 1));

        var refused = await auditor.RecordAsync(foreign, department, [Result(foreign.Items[0].Id, "pass")]);
        var accepted = await auditor.RecordOkAsync(everywhere, department, "pass");

        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(accepted.Passed);
        Assert.Null(everywhere.DepartmentCode);
    }

    [Fact]
    public async Task An_audit_conducted_more_than_five_minutes_ahead_or_with_a_bad_outcome_is_refused_naming_the_field()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var standard = await manager.PublishOkAsync(NewStandardCode(), department, 50, Item("one", 1));

        var future = await auditor.RecordAsync(standard, department, [Result(standard.Items[0].Id, "pass")],
            conductedAt: DateTimeOffset.UtcNow.AddMinutes(10));
        var badOutcome = await auditor.RecordAsync(standard, department, [Result(standard.Items[0].Id, "maybe", evidenceUrl: "ftp://x/y")]);

        await future.AssertProblemAsync(HttpStatusCode.BadRequest, "conductedAt");
        var problem = await badOutcome.AssertProblemAsync(HttpStatusCode.BadRequest, "results[0].outcome");
        Assert.True(problem.GetProperty("errors").TryGetProperty("results[0].evidenceUrl", out _));
    }

    [Fact]
    public async Task The_audit_list_filters_by_kind_and_conduct_time_and_an_audit_with_nothing_applicable_has_no_score()
    {
        var (manager, auditor, department) = await ClientsAsync();
        var standard = await manager.PublishOkAsync(NewStandardCode(), department, 50, Item("one", 1));
        var at = DateTimeOffset.UtcNow.AddDays(-3);
        var internalAudit = await (await auditor.RecordAsync(standard, department, [Result(standard.Items[0].Id, "n/a")], conductedAt: at))
            .ReadAsync<AuditResponse>(HttpStatusCode.Created);
        var shopper = await (await auditor.RecordAsync(standard, department, [Result(standard.Items[0].Id, "pass")], "mystery-shopper",
            conductedAt: at.AddDays(1))).ReadAsync<AuditResponse>(HttpStatusCode.Created);

        var byKind = await auditor.GetOkAsync<PagedResult<AuditResponse>>($"/api/audits?departmentCode={department}&kind=mystery-shopper");
        var byTime = await auditor.GetOkAsync<PagedResult<AuditResponse>>(
            $"/api/audits?departmentCode={department}&to={Uri.EscapeDataString(at.AddHours(1).ToString("O"))}");
        var badKind = await auditor.GetAsync($"/api/audits?departmentCode={department}&kind=secret");

        Assert.Equal([shopper.Id], byKind.Items.Select(a => a.Id));
        Assert.Equal([internalAudit.Id], byTime.Items.Select(a => a.Id));
        Assert.Equal((null, null, false, 0), (internalAudit.Score, internalAudit.ComplianceRate, internalAudit.Passed, internalAudit.NonconformityIds.Count));
        await badKind.AssertProblemAsync(HttpStatusCode.BadRequest, "kind");
    }

    private async Task<(HttpClient Manager, HttpClient Auditor, string Department)> ClientsAsync()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("audit"));
        return (service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department),
            service.Factory.CreateClientAs("auditor-" + department, [Roles.Auditor], department), department);
    }
}
