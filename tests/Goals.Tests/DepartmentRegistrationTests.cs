using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

[Collection(GoalsServiceCollection.Name)]
public sealed class DepartmentRegistrationTests(GoalsService service)
{
    private readonly HttpClient _admin = service.Factory.CreateAdminClient();

    [Fact]
    public async Task Registering_a_department_answers_201_and_stores_DepartmentRegistered_in_the_outbox()
    {
        var code = Unique.DepartmentCode("call-centre");

        var response = await _admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "呼叫中心 Call centre" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/organisation/departments/{code}", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal("呼叫中心 Call centre", body.GetProperty("name").GetString());

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoalsDbContext>();
        var events = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == "ServiceExcellence.Contracts.Organisation.DepartmentRegistered")
            .ToListAsync();
        Assert.Single(events, e => e.Payload.Contains($"\"{code}\""));
    }

    [Fact]
    public async Task A_department_without_a_name_is_rejected_with_400_naming_the_name()
    {
        var response = await _admin.PostAsJsonAsync("/api/organisation/departments", new { code = Unique.DepartmentCode() });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
    }

    [Theory]
    [InlineData("Call-Centre")]
    [InlineData("call centre")]
    [InlineData("call--centre")]
    [InlineData("-call")]
    [InlineData("呼叫中心")]
    public async Task A_malformed_code_is_rejected_with_400_naming_the_code(string code)
    {
        var response = await _admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "Call centre" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "code");
    }

    [Fact]
    public async Task A_duplicate_code_is_rejected_with_409_naming_the_code()
    {
        var code = Unique.DepartmentCode();
        (await _admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "First" })).EnsureSuccessStatusCode();

        var response = await _admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "Second" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "code");
    }

    [Fact]
    public async Task An_unknown_parent_is_rejected_with_400_naming_the_parent()
    {
        var response = await _admin.PostAsJsonAsync("/api/organisation/departments",
            new { code = Unique.DepartmentCode(), name = "Orphan", parentCode = Unique.DepartmentCode("missing") });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "parentCode");
    }

    [Fact]
    public async Task Malformed_json_is_answered_with_400_problem_details_not_500()
    {
        using var content = new StringContent("{\"code\": \"x\", \"name\": ", Encoding.UTF8, "application/json");

        var response = await _admin.PostAsync("/api/organisation/departments", content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_answered_with_400_problem_details()
    {
        using var content = new StringContent("{\"code\": 42, \"name\": [\"x\"]}", Encoding.UTF8, "application/json");

        var response = await _admin.PostAsync("/api/organisation/departments", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("$.code", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_organisation_answers_401()
    {
        var anonymous = service.Factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/organisation/departments", new { code = Unique.DepartmentCode(), name = "X" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_answers_401()
    {
        var anonymous = service.Factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJl");

        var response = await anonymous.GetAsync("/api/organisation/departments");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_manager_of_another_department_gets_403_when_adding_a_sub_department()
    {
        var parent = Unique.DepartmentCode("operations");
        (await _admin.PostAsJsonAsync("/api/organisation/departments", new { code = parent, name = "Operations" })).EnsureSuccessStatusCode();
        var outsider = service.Factory.CreateClientAs("manager-elsewhere", [Roles.Manager], Unique.DepartmentCode("elsewhere"));

        var response = await outsider.PostAsJsonAsync("/api/organisation/departments",
            new { code = Unique.DepartmentCode(), name = "Night shift", parentCode = parent });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_manager_may_add_a_sub_department_under_their_own()
    {
        var parent = Unique.DepartmentCode("operations");
        (await _admin.PostAsJsonAsync("/api/organisation/departments", new { code = parent, name = "Operations" })).EnsureSuccessStatusCode();
        var manager = service.Factory.CreateClientAs("manager-ops", [Roles.Manager], parent);

        var response = await manager.PostAsJsonAsync("/api/organisation/departments",
            new { code = Unique.DepartmentCode("night"), name = "Night shift", parentCode = parent });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_agent_may_not_register_a_top_level_department()
    {
        var agent = service.Factory.CreateClientAs("agent-1", [Roles.Agent], "call-centre");

        var response = await agent.PostAsJsonAsync("/api/organisation/departments", new { code = Unique.DepartmentCode(), name = "X" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
