using System.Net;
using System.Text.Json;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>
/// Checks an answer is an RFC 9457 problem with the expected status and the fields the suite promises, and that it names
/// no .NET type (no exception leaked into it). When the answer carries a correlation id, the problem names the same one.
/// </summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, CancellationToken cancellationToken)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("System.", body);
        using var document = JsonDocument.Parse(body);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.True(problem.TryGetProperty(member, out var value) && !string.IsNullOrEmpty(value.GetString()), $"problem details lack '{member}': {problem}");
        }

        if (response.Headers.TryGetValues("X-Correlation-Id", out var correlationId))
        {
            Assert.Equal(Assert.Single(correlationId), problem.GetProperty("correlationId").GetString());
        }

        return problem;
    }
}
