using System.Net.Http.Json;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Surveys;

/// <summary>Studies, departments, clients and answer sheets for the KANO API tests, each in a fresh department.</summary>
internal sealed class KanoStudies(FeedbackService service)
{
    public static readonly string[] Features = ["Fast delivery", "Free Wi-Fi"];

    /// <summary>An answer whose pair classifies as the category <paramref name="letter"/>.</summary>
    public static object Answer(string feature, char letter)
    {
        var (functional, dysfunctional) = KanoSheets.PairFor(letter);
        return new { feature, functional = KanoSheets.Word(functional), dysfunctional = KanoSheets.Word(dysfunctional) };
    }

    /// <summary>A sheet answering the named features, each as indifferent.</summary>
    public static object Sheet(params string[] features) => new { answers = features.Select(f => Answer(f, 'I')).ToArray() };

    public HttpClient ManagerOf(string department) => service.Factory.CreateClientAs("manager", [Roles.Manager], department);

    public Task<string> KnownDepartmentAsync() => service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode());

    /// <summary>A study of <see cref="Features"/> in a new known department, created by its manager.</summary>
    public async Task<(string Department, Guid StudyId)> CreateAsync()
    {
        var department = await KnownDepartmentAsync();
        var created = await ValidationProblems.ReadCreatedAsync(await ManagerOf(department)
            .PostAsJsonAsync("/api/surveys/kano", new { name = "Delivery", departmentCode = department, features = Features }));
        return (department, created.GetProperty("id").GetGuid());
    }
}
