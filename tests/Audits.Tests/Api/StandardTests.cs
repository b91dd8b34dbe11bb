using System.Net;
using ServiceExcellence.Audits.Api.Standards;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;
using static ServiceExcellence.Audits.Tests.Api.AuditCalls;

namespace ServiceExcellence.Audits.Tests.Api;

[Collection(AuditsServiceCollection.Name)]
public sealed class StandardTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Publishing_an_existing_code_adds_a_version_and_each_version_is_published_as_an_event()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"],
            (e, p) => p.Observe<StandardPublished>(e));
        var admin = service.Factory.CreateAdminClient();
        var code = NewStandardCode();

        var first = await admin.PublishOkAsync(code, null, 80, Item("整洁 tidy", 2, critical: true, "tangibles"), Item("准时 on time", 1));
        var second = await admin.PublishOkAsync(code, null, 85, Item("整洁 tidy", 2, critical: true, "tangibles"));

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.NotEqual(first.Items[0].Id, second.Items[0].Id);
        Assert.Equal([1, 2], first.Items.Select(i => i.Position));
        var events = await probe.WaitForAsync<StandardPublished>(e => e.StandardCode == code, Within, count: 2);
        Assert.Equal([(1, 2, 1, 80.0), (2, 1, 1, 85.0)],
            events.OrderBy(e => e.Version).Select(e => (e.Version, e.ItemCount, e.CriticalItemCount, e.PassMark)));
        Assert.All(events, e => Assert.Equal(StandardPublished.AllDepartments, e.DepartmentCode));
    }

    [Fact]
    public async Task The_list_shows_the_latest_version_of_the_standards_that_apply_to_a_department()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("list"));
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var code = NewStandardCode();
        await manager.PublishOkAsync(code, department, 50, Item("one", 1));
        await manager.PublishOkAsync(code, department, 60, Item("one", 1), Item("two", 1));

        var list = await manager.GetOkAsync<PagedResult<StandardSummaryResponse>>($"/api/audits/standards?departmentCode={department}&pageSize=200");

        var mine = Assert.Single(list.Items, s => s.Code == code);
        Assert.Equal((2, 2, 60.0), (mine.Version, mine.ItemCount, mine.PassMark));
        Assert.All(list.Items, s => Assert.True(s.DepartmentCode is null || s.DepartmentCode == department));
    }

    [Fact]
    public async Task A_standard_with_bad_items_is_refused_naming_each_field_and_an_unknown_version_is_not_found()
    {
        var admin = service.Factory.CreateAdminClient();

        var response = await admin.PublishAsync("bad code!", null, 120, Item("", 0), Item("ok", 1001));
        var unknown = await admin.GetAsync($"/api/audits/standards/{NewStandardCode()}?version=3");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "code");
        foreach (var field in new[] { "passMark", "items[0].text", "items[0].weight", "items[1].weight" })
        {
            problem.ErrorsFor(field);
        }

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_version_must_keep_the_department_of_its_code()
    {
        var admin = service.Factory.CreateAdminClient();
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("keep"));
        var code = NewStandardCode();
        await admin.PublishOkAsync(code, department, 50, Item("one", 1));

        var moved = await admin.PublishAsync(code, null, 50, Item("one", 1));

        await moved.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}
