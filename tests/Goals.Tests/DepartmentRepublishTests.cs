using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

/// <summary>A copy of the organisation that missed events (a service that began keeping one later) catches up on request.</summary>
[Collection(GoalsServiceCollection.Name)]
public sealed class DepartmentRepublishTests(GoalsService service)
{
    private readonly HttpClient _admin = service.Factory.CreateAdminClient();

    [Fact]
    public async Task Republishing_queues_every_departments_current_state_with_the_time_it_took_that_state()
    {
        var parent = Unique.DepartmentCode("region");
        var child = Unique.DepartmentCode("branch");
        (await _admin.PostAsJsonAsync("/api/organisation/departments", new { code = parent, name = "华东区 East" })).EnsureSuccessStatusCode();
        (await _admin.PostAsJsonAsync("/api/organisation/departments", new { code = child, name = "Old name", parentCode = parent })).EnsureSuccessStatusCode();
        (await _admin.PutAsJsonAsync($"/api/organisation/departments/{child}", new { name = "上海分部 Shanghai", parentCode = parent })).EnsureSuccessStatusCode();
        var stored = await (await _admin.GetAsync($"/api/organisation/departments/{child}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var before = (await StatesInOutboxAsync(child)).Concat(await StatesInOutboxAsync(parent)).Select(e => e.EventId).ToHashSet();

        var answer = await (await _admin.PostAsync("/api/organisation/departments/republish", null)).ReadAsync<JsonElement>(HttpStatusCode.Accepted);

        Assert.True(answer.GetProperty("departments").GetInt32() >= 2);
        var state = Assert.Single(await StatesInOutboxAsync(child), e => !before.Contains(e.EventId));
        Assert.Equal((child, "上海分部 Shanghai", parent), (state.DepartmentCode, state.Name, state.ParentCode));
        Assert.Equal(stored.GetProperty("updatedAt").GetDateTimeOffset(), state.OccurredAt);
        var parentState = Assert.Single(await StatesInOutboxAsync(parent), e => !before.Contains(e.EventId));
        Assert.Equal(("华东区 East", null), (parentState.Name, parentState.ParentCode));
    }

    [Fact]
    public async Task Only_an_admin_may_republish_the_organisation()
    {
        var manager = service.Factory.CreateClientAs("manager-1", [Roles.Manager], "call-centre");

        var response = await manager.PostAsync("/api/organisation/departments/republish", null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<List<DepartmentUpdated>> StatesInOutboxAsync(string code)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoalsDbContext>();
        var payloads = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == typeof(DepartmentUpdated).FullName).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<DepartmentUpdated>(p, JsonDefaults.Options)!).Where(e => e.DepartmentCode == code)];
    }
}
