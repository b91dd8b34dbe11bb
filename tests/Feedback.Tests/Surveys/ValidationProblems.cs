using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.Feedback.Tests.Surveys;

/// <summary>Reads the <c>errors</c> of a 400 problem-details answer.</summary>
internal static class ValidationProblems
{
    /// <summary>Asserts a 400 whose errors name <paramref name="field"/> with a message containing <paramref name="mentioning"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> AssertNamesAsync(HttpResponseMessage response, string field, string mentioning = "")
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        var errors = JsonSerializer.Deserialize<JsonElement>(body).GetProperty("errors")
            .Deserialize<Dictionary<string, string[]>>()!;
        Assert.True(errors.ContainsKey(field), $"No error for '{field}' in: {body}");
        Assert.Contains(errors[field], m => m.Contains(mentioning, StringComparison.Ordinal));
        return errors;
    }

    public static async Task<JsonElement> ReadCreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) => response.Content.ReadFromJsonAsync<JsonElement>();
}
