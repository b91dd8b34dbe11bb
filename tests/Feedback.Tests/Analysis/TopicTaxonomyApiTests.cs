using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Analysis;

[Collection(FeedbackServiceCollection.Name)]
public sealed class TopicTaxonomyApiTests(FeedbackService service)
{
    private static readonly object QueueTaxonomy = new { topics = new[] { new { key = "queue-system", keywords = new[] { "叫号机", "ticket machine" } } } };

    [Fact]
    public async Task A_manager_replaces_the_taxonomy_the_analyser_uses_and_deleting_it_restores_the_default()
    {
        var code = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("branch"));
        var manager = service.Factory.CreateClientAs("mgr", [Roles.Manager], code);
        var analyzer = service.Factory.Services.GetRequiredService<ICommentAnalyzer>();

        var put = await manager.PutAsJsonAsync($"/api/feedback/topics/{code}", QueueTaxonomy);
        var effective = await manager.GetFromJsonAsync<JsonElement>($"/api/feedback/topics?departmentCode={code}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("department", effective.GetProperty("source").GetString());
        Assert.Equal("queue-system", effective.GetProperty("topics")[0].GetProperty("key").GetString());
        Assert.Equal(["queue-system"], analyzer.Analyze("The ticket machine was broken again", code).Topics);
        Assert.Contains("waiting-time", analyzer.Analyze("排队太久", "some-other-department").Topics);

        var delete = await manager.DeleteAsync($"/api/feedback/topics/{code}");
        var restored = await manager.GetFromJsonAsync<JsonElement>($"/api/feedback/topics?departmentCode={code}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal("default", restored.GetProperty("source").GetString());
        Assert.DoesNotContain("queue-system", analyzer.Analyze("The ticket machine was broken again", code).Topics);
    }

    [Fact]
    public async Task A_manager_of_another_department_may_not_change_the_taxonomy()
    {
        var code = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode());
        var outsider = service.Factory.CreateClientAs("other-mgr", [Roles.Manager], "somewhere-else");

        var put = await outsider.PutAsJsonAsync($"/api/feedback/topics/{code}", QueueTaxonomy);
        var delete = await outsider.DeleteAsync($"/api/feedback/topics/{code}");
        var agentPut = await service.Factory.CreateClientAs("agent", [Roles.Agent], code)
            .PutAsJsonAsync($"/api/feedback/topics/{code}", QueueTaxonomy);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentPut.StatusCode);
    }

    [Fact]
    public async Task An_invalid_taxonomy_is_refused_naming_every_failing_field()
    {
        var code = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode());
        var body = new { topics = new object[] { new { key = "Waiting Time", keywords = Array.Empty<string>() }, new { key = "price", keywords = new[] { " " } } } };

        var response = await service.Factory.CreateAdminClient().PutAsJsonAsync($"/api/feedback/topics/{code}", body);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("topics[0].key", out _));
        Assert.True(errors.TryGetProperty("topics[0].keywords", out _));
        Assert.True(errors.TryGetProperty("topics[1].keywords[0]", out _));
    }

    [Fact]
    public async Task An_unknown_department_is_refused_naming_departmentCode()
    {
        var admin = service.Factory.CreateAdminClient();
        var unknown = Unique.DepartmentCode("nowhere");

        var put = await admin.PutAsJsonAsync($"/api/feedback/topics/{unknown}", QueueTaxonomy);
        var get = await admin.GetAsync($"/api/feedback/topics?departmentCode={unknown}");

        foreach (var response in new[] { put, get })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("departmentCode", out _));
        }
    }

    [Fact]
    public async Task Without_a_department_the_default_taxonomy_is_returned()
    {
        var taxonomy = await service.Factory.CreateClientAs("agent", [Roles.Agent], "call-centre")
            .GetFromJsonAsync<JsonElement>("/api/feedback/topics");

        Assert.Equal("default", taxonomy.GetProperty("source").GetString());
        Assert.Contains(taxonomy.GetProperty("topics").EnumerateArray(), t => t.GetProperty("key").GetString() == "waiting-time");
    }
}
