using System.Net;
using System.Net.Http.Json;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Surveys;

[Collection(FeedbackServiceCollection.Name)]
public sealed class KanoStudyApiTests(FeedbackService service)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);
    private readonly KanoStudies _studies = new(service);

    [Fact]
    public async Task A_manager_creates_a_study_for_their_department_and_KanoStudyCreated_reaches_the_broker()
    {
        var department = await _studies.KnownDepartmentAsync();
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<KanoStudyCreated>(e));

        var created = await ValidationProblems.ReadCreatedAsync(await _studies.ManagerOf(department)
            .PostAsJsonAsync("/api/surveys/kano", new { name = "配送需求 Delivery needs", departmentCode = department, features = KanoStudies.Features }));

        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(department, created.GetProperty("departmentCode").GetString());
        Assert.Equal(KanoStudies.Features, created.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
        var published = (await probe.WaitForAsync<KanoStudyCreated>(m => m.StudyId == id, EventTimeout)).Single();
        Assert.Equal(department, published.DepartmentCode);
        Assert.Equal(KanoStudies.Features, published.Features);
    }

    [Theory]
    [InlineData("""{"departmentCode":"x","features":["a"]}""", "name")]
    [InlineData("""{"name":"n","departmentCode":"x","features":[]}""", "features")]
    [InlineData("""{"name":"n","departmentCode":"x"}""", "features")]
    [InlineData("""{"name":"n","departmentCode":"x","features":["Tracking","tracking "]}""", "features[1]")]
    [InlineData("""{"name":"n","departmentCode":"x","features":["Tracking",""]}""", "features[1]")]
    [InlineData("""{"name":"n","departmentCode":"Not A Code","features":["a"]}""", "departmentCode")]
    public async Task A_study_with_a_missing_name_no_features_a_blank_or_duplicate_feature_or_a_bad_code_is_refused(string body, string field)
    {
        var response = await service.Factory.CreateAdminClient().PostAsync("/api/surveys/kano",
            new StringContent(body.Replace("\"x\"", $"\"{Unique.DepartmentCode()}\""), System.Text.Encoding.UTF8, "application/json"));

        await ValidationProblems.AssertNamesAsync(response, field);
    }

    [Fact]
    public async Task More_than_50_features_or_a_feature_over_200_characters_is_refused()
    {
        var admin = service.Factory.CreateAdminClient();
        var department = Unique.DepartmentCode();

        var tooMany = await admin.PostAsJsonAsync("/api/surveys/kano",
            new { name = "n", departmentCode = department, features = Enumerable.Range(1, 51).Select(i => $"f{i}") });
        var tooLong = await admin.PostAsJsonAsync("/api/surveys/kano",
            new { name = "n", departmentCode = department, features = new[] { "ok", new string('x', 201) } });

        await ValidationProblems.AssertNamesAsync(tooMany, "features", "51");
        await ValidationProblems.AssertNamesAsync(tooLong, "features[1]", "200");
    }

    [Fact]
    public async Task A_study_for_an_unknown_department_is_refused_naming_departmentCode()
    {
        var response = await service.Factory.CreateAdminClient().PostAsJsonAsync("/api/surveys/kano",
            new { name = "n", departmentCode = Unique.DepartmentCode("nowhere"), features = KanoStudies.Features });

        await ValidationProblems.AssertNamesAsync(response, "departmentCode", "Unknown department");
    }

    [Fact]
    public async Task A_manager_of_another_department_or_an_agent_may_not_create_a_study()
    {
        var department = await _studies.KnownDepartmentAsync();
        var body = new { name = "n", departmentCode = department, features = KanoStudies.Features };

        var otherManager = await _studies.ManagerOf(await _studies.KnownDepartmentAsync()).PostAsJsonAsync("/api/surveys/kano", body);
        var agent = await service.Factory.CreateClientAs("agent", [Roles.Agent], department).PostAsJsonAsync("/api/surveys/kano", body);

        Assert.Equal(HttpStatusCode.Forbidden, otherManager.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }
}
