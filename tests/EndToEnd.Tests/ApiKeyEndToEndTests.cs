using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.EndToEnd.Tests;

[Collection(RunningSuiteCollection.Name)]
public sealed class ApiKeyEndToEndTests(RunningSuite suite)
{
    [Fact]
    public async Task An_intake_client_with_a_key_submits_feedback_for_its_department_and_not_for_another()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var own = await RegisterDepartmentAsync(admin, "widget");
        var other = await RegisterDepartmentAsync(admin, "elsewhere");
        var created = await admin.PostAsJsonAsync("/api/gateway/api-keys", new { name = "Web widget", departments = new[] { own } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var widget = suite.AnonymousClient();
        widget.DefaultRequestHeaders.Add("X-Api-Key", key);

        var accepted = await PostFeedbackAsync(widget, own);
        var refused = await PostFeedbackAsync(widget, other);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Every_service_document_is_served_through_the_gateway_for_the_api_ui()
    {
        using var client = suite.AnonymousClient();

        var page = await client.GetAsync("/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var service in new[] { "goals", "feedback", "audits", "reporting" })
        {
            var document = await client.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");
            Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
            Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _), service);
        }
    }

    private static Task<HttpResponseMessage> PostFeedbackAsync(HttpClient client, string department) =>
        client.PostAsJsonAsync("/api/feedback", new { channel = "web", departmentCode = department, csat = 5, comment = "Quick and friendly." });

    /// <summary>Registers a department and waits until the Feedback service and the gateway have their copies.</summary>
    private static async Task<string> RegisterDepartmentAsync(HttpClient admin, string stem)
    {
        var code = $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
        (await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = stem })).EnsureSuccessStatusCode();
        foreach (var copy in new[] { "/api/feedback/departments", "/api/gateway/departments" })
        {
            await WaitUntilKnownAsync(admin, copy, code);
        }

        return code;
    }

    private static async Task WaitUntilKnownAsync(HttpClient admin, string copy, string code)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var known = await admin.GetFromJsonAsync<JsonElement>(copy);
            if (known.EnumerateArray().Any(d => d.GetProperty("code").GetString() == code))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{copy} never listed department '{code}'.");
    }
}
