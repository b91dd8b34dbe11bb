using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

[Collection(RunningSuiteCollection.Name)]
public sealed class DepartmentPropagationTests(RunningSuite suite, ITestOutputHelper output)
{
    private static readonly string[] CopyRoutes = ["/api/feedback/departments", "/api/audits/departments", "/api/reports/departments"];

    [Fact]
    public async Task A_department_registered_through_the_gateway_is_known_to_feedback_audits_and_reporting_within_five_seconds()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var code = NewCode("call-centre");
        var clock = Stopwatch.StartNew();

        var response = await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "呼叫中心" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await WaitUntilKnownEverywhereAsync(admin, code, "呼叫中心", TimeSpan.FromSeconds(5));
        output.WriteLine($"Known to all three services {clock.ElapsedMilliseconds} ms after the request was sent");
    }

    [Fact]
    public async Task A_renamed_department_reaches_every_copy()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var code = NewCode("service");
        (await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "Service" })).EnsureSuccessStatusCode();

        (await admin.PutAsJsonAsync($"/api/organisation/departments/{code}", new { name = "客户服务 Customer service" })).EnsureSuccessStatusCode();

        await WaitUntilKnownEverywhereAsync(admin, code, "客户服务 Customer service", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task With_the_broker_stopped_registration_still_succeeds_and_the_event_arrives_after_it_restarts()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var code = NewCode("outage");
        await suite.Host.StopResourceAsync("rabbitmq");
        try
        {
            var clock = Stopwatch.StartNew();
            var response = await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = "Registered during the outage" });

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            output.WriteLine($"201 during the broker outage in {clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            await suite.Host.StartResourceAsync("rabbitmq");
        }

        var recovered = Stopwatch.StartNew();
        await WaitUntilKnownEverywhereAsync(admin, code, "Registered during the outage", TimeSpan.FromSeconds(90));
        output.WriteLine($"Delivered to all three services {recovered.Elapsed.TotalSeconds:F1} s after the broker was back");
    }

    private static string NewCode(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    private static async Task WaitUntilKnownEverywhereAsync(HttpClient client, string code, string name, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var missing = CopyRoutes.ToList();
        while (missing.Count > 0 && deadline.Elapsed < timeout)
        {
            foreach (var route in missing.ToList())
            {
                var response = await client.GetAsync(route);
                if (response.IsSuccessStatusCode &&
                    (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
                        .Any(d => d.GetProperty("code").GetString() == code && d.GetProperty("name").GetString() == name))
                {
                    missing.Remove(route);
                }
            }

            if (missing.Count > 0)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(missing.Count == 0, $"'{code}' named '{name}' not known to {string.Join(", ", missing)} within {timeout.TotalSeconds} s");
    }
}
