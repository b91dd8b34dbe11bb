using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

/// <summary>The complaint routes as tests call them, with the suite's JSON conventions.</summary>
internal static class ComplaintCalls
{
    public static Task<HttpResponseMessage> OpenAsync(this HttpClient client, string departmentCode, string severity = "critical",
        string channel = "call-centre") =>
        client.PostAsJsonAsync("/api/complaints", new
        {
            channel,
            departmentCode,
            customerRef = "C-" + Guid.NewGuid().ToString("N")[..8],
            summary = "排队等了两个小时 waited two hours in the queue",
            severity,
        });

    public static async Task<ComplaintResponse> OpenOkAsync(this HttpClient client, string departmentCode, string severity = "critical")
    {
        var response = await client.OpenAsync(departmentCode, severity);
        return await response.ReadAsync<ComplaintResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"/api/complaints/{id}/{action}", body);

    public static async Task<ComplaintResponse> ActOkAsync(this HttpClient client, Guid id, string action, object body) =>
        await (await client.ActAsync(id, action, body)).ReadAsync<ComplaintResponse>(HttpStatusCode.OK);

    /// <summary>Takes a fresh complaint to <c>closed</c> with the customer's answer given.</summary>
    public static async Task<ComplaintResponse> CloseAsync(this HttpClient client, Guid id, bool customerSatisfied)
    {
        await client.ActOkAsync(id, "respond", new { message = "我们已联系您 we have called you" });
        await client.ActOkAsync(id, "resolve", new { resolution = "refund issued" });
        return await client.ActOkAsync(id, "close", new { customerInformed = true, customerSatisfied });
    }

    public static async Task<ComplaintResponse> GetAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/complaints/{id}")).ReadAsync<ComplaintResponse>(HttpStatusCode.OK);

    /// <summary>Asserts the status, the problem-details content type and status member, and returns the problem.</summary>
    public static Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        response.AssertProblemAsync(expected);

    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToList() : [];
}
