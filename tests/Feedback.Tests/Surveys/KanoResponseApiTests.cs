using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Surveys;

[Collection(FeedbackServiceCollection.Name)]
public sealed class KanoResponseApiTests(FeedbackService service)
{
    private const int Precision = 10;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);
    private readonly KanoStudies _studies = new(service);

    [Fact]
    public async Task A_response_is_classified_per_feature_and_KanoResponseRecorded_carries_the_categories()
    {
        var (department, studyId) = await _studies.CreateAsync();
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<KanoResponseRecorded>(e));
        var agent = service.Factory.CreateClientAs("agent-1", [Roles.Agent], department);

        var created = await ValidationProblems.ReadCreatedAsync(await agent.PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", new
        {
            answers = new[]
            {
                new { feature = "free wi-fi", functional = "like", dysfunctional = "live-with" },
                new { feature = "Fast delivery", functional = "must-be", dysfunctional = "dislike" },
            },
        }));

        var responseId = created.GetProperty("id").GetGuid();
        var answers = created.GetProperty("answers").EnumerateArray()
            .ToDictionary(a => a.GetProperty("feature").GetString()!, a => a.GetProperty("category").GetString());
        Assert.Equal("attractive", answers["Free Wi-Fi"]); // the study's spelling, whatever case the sheet used
        Assert.Equal("must-be", answers["Fast delivery"]);
        var published = (await probe.WaitForAsync<KanoResponseRecorded>(m => m.ResponseId == responseId, EventTimeout)).Single();
        Assert.Equal(studyId, published.StudyId);
        Assert.Equal(department, published.DepartmentCode);
        Assert.Contains(new KanoFeatureClassification("Free Wi-Fi", "like", "live-with", "attractive"), published.Features);
        Assert.Contains(new KanoFeatureClassification("Fast delivery", "must-be", "dislike", "must-be"), published.Features);
    }

    [Fact]
    public async Task A_sheet_with_an_unknown_a_duplicate_or_a_missing_feature_is_refused_naming_each_feature()
    {
        var (department, studyId) = await _studies.CreateAsync();
        var agent = service.Factory.CreateClientAs("agent-1", [Roles.Agent], department);

        var unknown = await agent.PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", KanoStudies.Sheet("Fast delivery", "Free Wi-Fi", "Gift wrap"));
        var duplicate = await agent.PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", KanoStudies.Sheet("Fast delivery", "Free Wi-Fi", "FAST DELIVERY"));
        var missing = await agent.PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", KanoStudies.Sheet("Fast delivery"));

        await ValidationProblems.AssertNamesAsync(unknown, "answers[2].feature", "'Gift wrap' is not a feature");
        await ValidationProblems.AssertNamesAsync(duplicate, "answers[2].feature", "'FAST DELIVERY' is answered more than once");
        await ValidationProblems.AssertNamesAsync(missing, "answers", "'Free Wi-Fi' is not answered");
        var results = await (await agent.GetAsync($"/api/surveys/kano/{studyId}/results")).ReadJsonAsync();
        Assert.Equal(0, results.GetProperty("respondents").GetInt32());
    }

    [Fact]
    public async Task A_sheet_with_an_answer_missing_or_not_on_the_scale_is_refused()
    {
        var (_, studyId) = await _studies.CreateAsync();
        var admin = service.Factory.CreateAdminClient();

        var missing = await admin.PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses",
            new { answers = new object[] { new { feature = "Fast delivery", functional = "like" } } });
        var offScale = await admin.PostAsync($"/api/surveys/kano/{studyId}/responses", new StringContent(
            """{"answers":[{"feature":"Fast delivery","functional":"love","dysfunctional":"like"}]}""", System.Text.Encoding.UTF8, "application/json"));

        await ValidationProblems.AssertNamesAsync(missing, "answers[0].dysfunctional");
        Assert.Equal(HttpStatusCode.BadRequest, offScale.StatusCode);
    }

    [Fact]
    public async Task Intake_clients_of_the_department_may_submit_but_a_manager_of_another_department_may_not()
    {
        var (department, studyId) = await _studies.CreateAsync();

        var intake = await service.Factory.CreateClientAs("survey-tool", [Roles.Intake], department)
            .PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", KanoStudies.Sheet(KanoStudies.Features));
        var otherManager = await _studies.ManagerOf(await _studies.KnownDepartmentAsync())
            .PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", KanoStudies.Sheet(KanoStudies.Features));
        var otherResults = await _studies.ManagerOf(await _studies.KnownDepartmentAsync()).GetAsync($"/api/surveys/kano/{studyId}/results");

        Assert.Equal(HttpStatusCode.Created, intake.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherManager.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherResults.StatusCode);
    }

    [Fact]
    public async Task An_unknown_study_is_404_for_responses_results_and_reading()
    {
        var admin = service.Factory.CreateAdminClient();
        var id = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/surveys/kano/{id}/responses", KanoStudies.Sheet(KanoStudies.Features))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/surveys/kano/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/surveys/kano/{id}")).StatusCode);
    }

    [Fact]
    public async Task Results_of_a_worked_study_match_the_hand_computation()
    {
        // The worked study of KanoResultTests, entered through the API by 12 respondents:
        //   fast delivery: A=3 O=4 M=2 I=1 R=1 Q=1 → category one-dimensional
        //     better = (3+4)/(3+4+2+1) = 0.7, worse = −(4+2)/10 = −0.6
        //   free wi-fi:    A=5 O=1 M=0 I=5 R=1 Q=0 → attractive, tied with indifferent
        //     better = (5+1)/11 = 6/11, worse = −(1+0)/11 = −1/11
        var (department, studyId) = await _studies.CreateAsync();
        var agent = service.Factory.CreateClientAs("agent-1", [Roles.Agent], department);
        const string delivery = "AAAOOOOMMIRQ", wifi = "AAAAAOIIIIIR";
        for (var respondent = 0; respondent < 12; respondent++)
        {
            var sheet = new { answers = new[] { KanoStudies.Answer("Fast delivery", delivery[respondent]), KanoStudies.Answer("Free Wi-Fi", wifi[respondent]) } };
            await ValidationProblems.ReadCreatedAsync(await agent.PostAsJsonAsync($"/api/surveys/kano/{studyId}/responses", sheet));
        }

        var results = await (await agent.GetAsync($"/api/surveys/kano/{studyId}/results")).ReadJsonAsync();

        Assert.Equal(12, results.GetProperty("respondents").GetInt32());
        var (first, second) = (results.GetProperty("features")[0], results.GetProperty("features")[1]);
        Assert.Equal("Fast delivery", first.GetProperty("feature").GetString());
        Assert.Equal("""{"a":3,"o":4,"m":2,"i":1,"r":1,"q":1}""", first.GetProperty("counts").GetRawText());
        Assert.Equal(12, first.GetProperty("respondents").GetInt32());
        Assert.Equal("one-dimensional", first.GetProperty("category").GetString());
        Assert.Equal("O", first.GetProperty("categoryCode").GetString());
        Assert.Equal(0, first.GetProperty("tiedWith").GetArrayLength());
        Assert.Equal(0.7, first.GetProperty("better").GetDouble(), Precision);
        Assert.Equal(-0.6, first.GetProperty("worse").GetDouble(), Precision);
        Assert.Equal("""{"a":5,"o":1,"m":0,"i":5,"r":1,"q":0}""", second.GetProperty("counts").GetRawText());
        Assert.Equal("attractive", second.GetProperty("category").GetString());
        Assert.Equal(["indifferent"], second.GetProperty("tiedWith").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(6.0 / 11, second.GetProperty("better").GetDouble(), Precision);
        Assert.Equal(-1.0 / 11, second.GetProperty("worse").GetDouble(), Precision);
    }

    [Fact]
    public async Task Results_before_any_response_have_no_category_and_null_coefficients()
    {
        var (_, studyId) = await _studies.CreateAsync();

        var results = await (await service.Factory.CreateClientAs("analyst", [Roles.Analyst]).GetAsync($"/api/surveys/kano/{studyId}/results")).ReadJsonAsync();

        var feature = results.GetProperty("features")[0];
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("category").ValueKind);
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("better").ValueKind);
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("worse").ValueKind);
    }
}
