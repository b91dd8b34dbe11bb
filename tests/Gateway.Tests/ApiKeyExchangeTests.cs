using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Gateway.ApiKeys;
using ServiceExcellence.Gateway.Tests.Support;
using ServiceExcellence.ServiceDefaults.Http;
using Xunit.Abstractions;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ApiKeyExchangeTests(GatewayInfrastructure infrastructure, ITestOutputHelper output)
{
    [Fact]
    public async Task A_valid_key_reaches_the_service_as_an_intake_token_for_its_departments_and_the_key_does_not()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = inspect.Address });
        using var admin = gateway.CreateAdminClient();
        var departments = new[] { TestKeys.UniqueDepartment("web"), TestKeys.UniqueDepartment("phone") };
        var key = await TestKeys.CreateAsync(gateway, departments);
        using var intake = gateway.CreateClientWithKey(key.Key);

        var seen = await intake.GetFromJsonAsync<InspectedRequest>("/api/feedback?x=1");

        Assert.Null(seen!.Header("X-Api-Key"));
        var claims = TestKeys.ClaimsOf(seen.Header("Authorization"));
        Assert.Equal($"api-key:{key.Id}", claims.GetProperty("sub").GetString());
        Assert.Equal("intake", claims.GetProperty("role").GetString());
        Assert.Equal(departments.Order(), claims.GetProperty("dept").EnumerateArray().Select(d => d.GetString()!).Order());
        var lifetime = claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64();
        Assert.True(lifetime <= 300, $"token lives {lifetime} s");
    }

    [Fact]
    public async Task The_same_token_is_reused_for_a_key_across_requests()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = inspect.Address });
        using var admin = gateway.CreateAdminClient();
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);
        using var intake = gateway.CreateClientWithKey(key.Key);

        var first = await intake.GetFromJsonAsync<InspectedRequest>("/api/feedback");
        var second = await intake.GetFromJsonAsync<InspectedRequest>("/api/feedback");

        Assert.Equal(first!.Header("Authorization"), second!.Header("Authorization"));
    }

    [Theory]
    [InlineData("sek_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-key")]
    [InlineData("sek_with spaces and 'quotes'")]
    public async Task An_unknown_key_is_refused_with_401_problem_details_before_any_service_is_called(string presented)
    {
        var (upstream, calls) = await Upstreams.CountingAsync();
        await using var _ = upstream;
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(new { channel = "web" }) };
        request.Headers.TryAddWithoutValidation("X-Api-Key", presented);

        using var response = await client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, CancellationToken.None);
        Assert.Contains("unknown or has been revoked", problem.GetProperty("detail").GetString());
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task A_key_together_with_a_bearer_token_is_a_bad_request()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feedback");
        request.Headers.Add("X-Api-Key", key.Key);
        request.Headers.Authorization = admin.DefaultRequestHeaders.Authorization;

        using var response = await gateway.CreateClient().SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, CancellationToken.None);
        Assert.Contains("not both", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_used_from_an_origin_it_does_not_allow_is_forbidden_and_an_allowed_one_gets_cors_headers()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = inspect.Address });
        using var admin = gateway.CreateAdminClient();
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()], "https://shop.example.com");
        using var intake = gateway.CreateClientWithKey(key.Key);

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/feedback");
        foreign.Headers.Add("Origin", "https://evil.example.net");
        using var refused = await intake.SendAsync(foreign);
        using var own = new HttpRequestMessage(HttpMethod.Get, "/api/feedback");
        own.Headers.Add("Origin", "https://shop.example.com");
        using var allowed = await intake.SendAsync(own);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, CancellationToken.None);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("https://shop.example.com", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("X-Correlation-Id", allowed.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task Using_a_key_records_its_last_used_time_without_writing_on_every_request()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = inspect.Address },
            new Dictionary<string, string?> { ["Gateway:ApiKeys:LastUsedFlushInterval"] = "01:00:00" });
        using var admin = gateway.CreateAdminClient();
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);
        using var intake = gateway.CreateClientWithKey(key.Key);
        var usage = gateway.Services.GetRequiredService<ApiKeyUsage>();
        await usage.FlushOnceAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            (await intake.GetAsync("/api/feedback")).EnsureSuccessStatusCode();
        }

        Assert.Equal(1, await usage.FlushOnceAsync(CancellationToken.None));
        (await intake.GetAsync("/api/feedback")).EnsureSuccessStatusCode();
        Assert.Equal(0, await usage.FlushOnceAsync(CancellationToken.None));
        var page = await admin.GetFromJsonAsync<PagedResult<JsonElement>>(TestKeys.Route + "?pageSize=200");
        var listed = page!.Items.Single(k => k.GetProperty("id").GetGuid() == key.Id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_within_one_second_on_a_second_gateway_instance_too()
    {
        await using var inspect = await Upstreams.InspectAsync();
        var services = new Dictionary<string, Uri> { ["feedback"] = inspect.Address };
        await using var first = new GatewayFactory(infrastructure, services);
        await using var second = new GatewayFactory(infrastructure, services);
        using var admin = first.CreateAdminClient();
        var key = await TestKeys.CreateAsync(first, [TestKeys.UniqueDepartment()]);
        using var onFirst = first.CreateClientWithKey(key.Key);
        using var onSecond = second.CreateClientWithKey(key.Key);
        // Both instances have looked the key up and hold it in their caches.
        (await onFirst.GetAsync("/api/feedback")).EnsureSuccessStatusCode();
        (await onSecond.GetAsync("/api/feedback")).EnsureSuccessStatusCode();

        // Timed from before the revocation is sent, so the DELETE's own time counts against the second.
        var clock = Stopwatch.StartNew();
        await TestKeys.RevokeAsync(admin, key.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onFirst.GetAsync("/api/feedback")).StatusCode);
        var refusedAfter = await FirstRefusalAsync(onSecond, clock, TimeSpan.FromSeconds(3));
        output.WriteLine($"second instance refused the key {refusedAfter.TotalMilliseconds:F0} ms after the revocation was sent");
        Assert.True(refusedAfter < TimeSpan.FromSeconds(1), $"refused only after {refusedAfter.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task With_the_key_store_down_a_key_is_neither_accepted_nor_called_bad_but_answered_503()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = inspect.Address });
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);
        using var intake = gateway.CreateClientWithKey(key.Key);
        (await intake.GetAsync("/api/feedback")).EnsureSuccessStatusCode();

        await infrastructure.StopResourceAsync("postgres");
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1)); // past the cached answer
            using var response = await intake.GetAsync("/api/feedback");

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, CancellationToken.None);
            Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
        }
        finally
        {
            await infrastructure.StartResourceAsync("postgres");
        }

        var clock = Stopwatch.StartNew();
        var status = HttpStatusCode.ServiceUnavailable;
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
            using var again = await intake.GetAsync("/api/feedback");
            status = again.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static async Task<TimeSpan> FirstRefusalAsync(HttpClient client, Stopwatch clock, TimeSpan giveUpAfter)
    {
        while (clock.Elapsed < giveUpAfter)
        {
            using var response = await client.GetAsync("/api/feedback");
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                return clock.Elapsed;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(50);
        }

        return clock.Elapsed;
    }
}
