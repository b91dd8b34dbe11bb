using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Surveys;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ServqualApiTests(FeedbackService service)
{
    private const string Route = "/api/surveys/servqual/responses";
    private const int Precision = 10;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);
    private static readonly object Weights = new { tangibles = 10, reliability = 30, responsiveness = 25, assurance = 20, empathy = 15 };

    [Fact]
    public async Task A_worked_respondent_is_answered_with_its_gaps_stored_and_published_as_ServqualResponseRecorded()
    {
        // Hand computation in ServqualScoringTests: dimension gaps −0.5, −1.6, −0.75, 0.5, 0; overall −0.47;
        // weighted with 10/30/25/20/15 points: 0.1×(−0.5) + 0.3×(−1.6) + 0.25×(−0.75) + 0.2×0.5 + 0.15×0 = −0.6175.
        var department = await KnownDepartmentAsync();
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<ServqualResponseRecorded>(e));
        var agent = service.Factory.CreateClientAs("agent-1", [Roles.Agent], department);

        var created = await ValidationProblems.ReadCreatedAsync(await agent.PostAsJsonAsync(Route, Body(department, weights: Weights)));

        var id = created.GetProperty("id").GetGuid();
        AssertWorkedGaps(created);
        Assert.Equal(-0.6175, created.GetProperty("weightedScore").GetDouble(), Precision);
        Assert.Equal(30, created.GetProperty("weights").GetProperty("reliability").GetInt32());
        Assert.Equal([-1, 0, -1, 0, -2], created.GetProperty("itemGaps").EnumerateArray().Take(5).Select(g => g.GetInt32()));

        var stored = await (await agent.GetAsync($"{Route}/{id}")).ReadJsonAsync();
        AssertWorkedGaps(stored);
        Assert.Equal(department, stored.GetProperty("departmentCode").GetString());

        var published = (await probe.WaitForAsync<ServqualResponseRecorded>(m => m.ResponseId == id, EventTimeout)).Single();
        Assert.Equal(department, published.DepartmentCode);
        Assert.Equal(-1.6, published.DimensionGaps.Reliability, Precision);
        Assert.Equal(-0.75, published.DimensionGaps.Responsiveness, Precision);
        Assert.Equal(-0.47, published.OverallGap, Precision);
        Assert.Equal(-0.6175, published.WeightedScore!.Value, Precision);
        Assert.Equal(new ServqualDimensionWeights(10, 30, 25, 20, 15), published.Weights);
    }

    [Fact]
    public async Task Without_weights_the_weighted_score_and_weights_are_null_in_the_answer_and_the_event()
    {
        var department = await KnownDepartmentAsync();
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<ServqualResponseRecorded>(e));

        var created = await ValidationProblems.ReadCreatedAsync(await service.Factory.CreateClientAs("tool", [Roles.Intake], department)
            .PostAsJsonAsync(Route, Body(department)));

        AssertWorkedGaps(created);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("weightedScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("weights").ValueKind);
        var id = created.GetProperty("id").GetGuid();
        var published = (await probe.WaitForAsync<ServqualResponseRecorded>(m => m.ResponseId == id, EventTimeout)).Single();
        Assert.Null(published.WeightedScore);
        Assert.Null(published.Weights);
    }

    [Fact]
    public async Task Anything_but_22_scores_per_list_is_refused_naming_the_list()
    {
        var department = Unique.DepartmentCode();
        var admin = service.Factory.CreateAdminClient();

        var short21 = await admin.PostAsJsonAsync(Route, Body(department, expectations: ServqualScoringTests.Expectations[..21]));
        var long23 = await admin.PostAsJsonAsync(Route, Body(department, perceptions: [.. ServqualScoringTests.Perceptions, 4]));
        var missing = await admin.PostAsJsonAsync(Route, new { departmentCode = department, expectations = ServqualScoringTests.Expectations });

        await ValidationProblems.AssertNamesAsync(short21, "expectations", "got 21");
        await ValidationProblems.AssertNamesAsync(long23, "perceptions", "got 23");
        await ValidationProblems.AssertNamesAsync(missing, "perceptions");
    }

    [Fact]
    public async Task A_score_of_0_or_8_or_a_fraction_is_refused_naming_the_item()
    {
        var department = Unique.DepartmentCode();
        var expectations = ServqualScoringTests.Expectations.Select(v => (decimal)v).ToArray();
        var perceptions = ServqualScoringTests.Perceptions.Select(v => (decimal)v).ToArray();
        expectations[3] = 0;
        perceptions[0] = 8;
        perceptions[21] = 3.5m;

        var response = await service.Factory.CreateAdminClient().PostAsJsonAsync(Route, new { departmentCode = department, expectations, perceptions });

        var errors = await ValidationProblems.AssertNamesAsync(response, "expectations[3]", "item 4");
        Assert.Contains("item 1", errors["perceptions[0]"].Single());
        Assert.Contains("item 22", errors["perceptions[21]"].Single());
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public async Task Weights_summing_to_99_or_negative_are_refused_naming_the_field()
    {
        var department = Unique.DepartmentCode();
        var admin = service.Factory.CreateAdminClient();

        var sum99 = await admin.PostAsJsonAsync(Route,
            Body(department, weights: new { tangibles = 10, reliability = 30, responsiveness = 25, assurance = 20, empathy = 14 }));
        var negative = await admin.PostAsJsonAsync(Route,
            Body(department, weights: new { tangibles = -10, reliability = 50, responsiveness = 25, assurance = 20, empathy = 15 }));
        var incomplete = await admin.PostAsJsonAsync(Route, Body(department, weights: new { tangibles = 100 }));

        await ValidationProblems.AssertNamesAsync(sum99, "weights", "got 99");
        await ValidationProblems.AssertNamesAsync(negative, "weights.tangibles");
        await ValidationProblems.AssertNamesAsync(incomplete, "weights.empathy");
    }

    [Fact]
    public async Task An_unknown_department_is_refused_naming_departmentCode()
    {
        var response = await service.Factory.CreateAdminClient().PostAsJsonAsync(Route, Body(Unique.DepartmentCode("nowhere")));

        await ValidationProblems.AssertNamesAsync(response, "departmentCode", "Unknown department");
    }

    [Fact]
    public async Task A_manager_of_another_department_may_neither_submit_nor_read_a_response()
    {
        var department = await KnownDepartmentAsync();
        var otherManager = service.Factory.CreateClientAs("manager", [Roles.Manager], await KnownDepartmentAsync());
        var created = await ValidationProblems.ReadCreatedAsync(await service.Factory.CreateClientAs("manager", [Roles.Manager], department)
            .PostAsJsonAsync(Route, Body(department)));

        var submit = await otherManager.PostAsJsonAsync(Route, Body(department));
        var read = await otherManager.GetAsync($"{Route}/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task An_unknown_response_is_404()
    {
        var response = await service.Factory.CreateAdminClient().GetAsync($"{Route}/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertWorkedGaps(JsonElement result)
    {
        var gaps = result.GetProperty("dimensionGaps");
        Assert.Equal(-0.5, gaps.GetProperty("tangibles").GetDouble(), Precision);
        Assert.Equal(-1.6, gaps.GetProperty("reliability").GetDouble(), Precision);
        Assert.Equal(-0.75, gaps.GetProperty("responsiveness").GetDouble(), Precision);
        Assert.Equal(0.5, gaps.GetProperty("assurance").GetDouble(), Precision);
        Assert.Equal(0.0, gaps.GetProperty("empathy").GetDouble(), Precision);
        Assert.Equal(-0.47, result.GetProperty("overallGap").GetDouble(), Precision);
        Assert.Equal(22, result.GetProperty("itemGaps").GetArrayLength());
    }

    private static object Body(string department, int[]? expectations = null, int[]? perceptions = null, object? weights = null) => new
    {
        departmentCode = department,
        expectations = expectations ?? ServqualScoringTests.Expectations,
        perceptions = perceptions ?? ServqualScoringTests.Perceptions,
        weights,
    };

    private Task<string> KnownDepartmentAsync() => service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode());
}
