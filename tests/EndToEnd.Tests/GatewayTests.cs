using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

[Collection(RunningSuiteCollection.Name)]
public sealed class GatewayTests(RunningSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task The_gateway_reports_every_service_healthy()
    {
        var response = await suite.AnonymousClient().GetAsync("/health");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var service in new[] { "goals", "feedback", "audits", "reporting" })
        {
            Assert.Equal("healthy", body.GetProperty("services").GetProperty(service).GetProperty("status").GetString(), ignoreCase: true);
        }
    }

    [Fact]
    public async Task A_body_under_the_one_megabyte_limit_streams_through_to_the_service_and_one_over_it_gets_413()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        using var under = new StringContent("{\"code\":\"big-body\",\"name\":\"" + new string('x', 900 * 1024) + "\"}", Encoding.UTF8, "application/json");
        using var over = new StringContent("{\"code\":\"big-body\",\"name\":\"" + new string('x', 5 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");

        var reached = await admin.PostAsync("/api/organisation/departments", under);
        // Expect: 100-continue lets the gateway refuse on the declared length before the client sends 5 MB into a
        // connection that is being closed (which would otherwise race the 413 with a broken pipe).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisation/departments") { Content = over };
        request.Headers.ExpectContinue = true;
        var refused = await admin.SendAsync(request);

        // The service read the whole body and judged the name too long: the 900 KB travelled through intact.
        var problem = await reached.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, reached.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_stopped_service_answers_502_problem_details_quickly_instead_of_hanging()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        await suite.Host.StopResourceAsync("audits");
        try
        {
            var clock = Stopwatch.StartNew();
            var response = await admin.GetAsync("/api/audits/departments");
            clock.Stop();

            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.ElapsedMilliseconds} ms");
            output.WriteLine($"502 after {clock.ElapsedMilliseconds} ms");
            var health = await suite.AnonymousClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }
        finally
        {
            await suite.Host.StartResourceAsync("audits");
        }
    }

    [Fact]
    public async Task Without_a_token_the_gateway_passes_on_401_problem_details()
    {
        var response = await suite.AnonymousClient().PostAsJsonAsync("/api/organisation/departments", new { code = "no-token", name = "X" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_manager_of_another_department_gets_403_through_the_gateway()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var parent = $"finance-{Guid.NewGuid().ToString("N")[..8]}";
        (await admin.PostAsJsonAsync("/api/organisation/departments", new { code = parent, name = "Finance" })).EnsureSuccessStatusCode();
        var outsider = await suite.ClientAsAsync("manager-of-sales", ["manager"], "sales");

        var response = await outsider.PostAsJsonAsync("/api/organisation/staff", new { id = "s-1", name = "X", departmentCode = parent });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Bad_input_through_the_gateway_names_the_failing_field()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);

        var response = await admin.PostAsJsonAsync("/api/organisation/departments", new { code = "Not A Slug", name = "" });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }
}
