using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests.Authorization;

[Collection(RunningSuiteCollection.Name)]
public sealed class AuthorizationMatrixTests(RunningSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_route_answers_every_role_in_and_out_of_its_department_as_the_matrix_prescribes()
    {
        var admin = await suite.ClientAsAsync("mx-admin", ["admin"]);
        var world = await MatrixWorld.CreateAsync(admin);
        var clients = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var (role, inDepartment) = Callers.Describe(caller);
            clients[caller] = caller switch
            {
                Caller.Anonymous => suite.AnonymousClient(),
                // Intake clients are machines: they present an API key, which the gateway turns into their identity.
                Caller.IntakeIn or Caller.IntakeOut => WithKey(suite.AnonymousClient(), caller == Caller.IntakeIn ? world.KeyIn : world.KeyOut),
                _ => await suite.ClientAsAsync($"mx-{caller}".ToLowerInvariant(), [role], inDepartment ? world.In : world.Out),
            };
        }

        var failures = new List<string>();
        var table = new StringBuilder("| route | " + string.Join(" | ", Enum.GetValues<Caller>()) + " |\n");
        var cells = 0;
        foreach (var rule in AuthorizationMatrix.Rules)
        {
            var statuses = new Dictionary<Caller, int>();
            var anySuccess = false;

            // The admin goes first among the allowed, so lifecycle steps find their record in the state they need.
            var order = Enum.GetValues<Caller>().OrderBy(c => rule.Allowed.Contains(c)).ThenBy(c => c != Caller.Admin);
            foreach (var caller in order)
            {
                var (status, body) = await SendAsync(clients[caller], rule, world);
                statuses[caller] = status;
                cells++;
                var allowed = rule.Allowed.Contains(caller);
                anySuccess |= allowed && status is >= 200 and < 300;
                var verdict = Judge(rule, caller, allowed, status, body);
                if (verdict is not null)
                {
                    failures.Add($"{rule.Name} as {caller}: {verdict} (got {status}: {Truncate(body)})");
                }
            }

            if (!anySuccess)
            {
                failures.Add($"{rule.Name}: no allowed caller got a 2xx, so the row proves nothing about success");
            }

            table.Append($"| {rule.Name} | {string.Join(" | ", Enum.GetValues<Caller>().Select(c => statuses[c]))} |\n");
        }

        output.WriteLine($"{AuthorizationMatrix.Rules.Count} routes × {Enum.GetValues<Caller>().Length} callers = {cells} requests");
        output.WriteLine(table.ToString());
        Assert.True(failures.Count == 0, $"{failures.Count} cells differ from the matrix:\n" + string.Join('\n', failures));
    }

    private static HttpClient WithKey(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static string? Judge(RouteRule rule, Caller caller, bool allowed, int status, string body)
    {
        if (status >= 500)
        {
            return "server error";
        }

        if (caller == Caller.Anonymous)
        {
            return status == 401 ? null : "expected 401";
        }

        return (rule.Kind, allowed) switch
        {
            (RouteKind.Command, true) => status is 401 or 403 ? "expected to pass authorization" : null,
            (RouteKind.Command, false) => status == 403 ? null : "expected 403",
            (RouteKind.ScopedList, true) => status == 200 && Items(body) > 0 ? null : "expected 200 with the department's records",
            (RouteKind.ScopedList, false) => status == 403 || (status == 200 && Items(body) == 0) ? null : "expected 403 or an empty page",
            (RouteKind.Batch, true) => status == 200 && Accepted(body) == 1 ? null : "expected 200 with the entry accepted",
            (RouteKind.Batch, false) => status == 403 || (status == 200 && Accepted(body) == 0) ? null : "expected 403 or the entry rejected",
            _ => "unknown route kind",
        };
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, RouteRule rule, MatrixWorld world)
    {
        using var request = new HttpRequestMessage(new HttpMethod(rule.Method), world.Resolve(rule.Path));
        if (rule.Body is not null)
        {
            request.Content = JsonContent.Create(rule.Body(world));
        }
        else if (rule.Method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int Items(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength();

    private static int Accepted(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("accepted").GetInt32();

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
