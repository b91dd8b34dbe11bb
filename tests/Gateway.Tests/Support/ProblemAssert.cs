using System.Net;
using System.Text.Json;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>Checks an answer is an RFC 7807 problem with the expected status and the fields the suite promises.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, CancellationToken cancellationToken)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.True(problem.TryGetProperty(member, out var value) && !string.IsNullOrEmpty(value.GetString()), $"problem details lack '{member}': {problem}");
        }

        return problem;
    }
}
