using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RateLimitTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_burst_over_the_limit_from_one_key_gets_429_with_retry_after_while_another_key_is_unaffected()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, Feedback(inspect), Limits(perKey: 5, perAddress: 1000));
        using var admin = gateway.CreateAdminClient();
        using var noisy = gateway.CreateClientWithKey((await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key);
        using var quiet = gateway.CreateClientWithKey((await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key);

        var burst = await SendAsync(noisy, 8);
        using var other = await quiet.GetAsync("/api/feedback");

        Assert.Equal(5, burst.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(3, refused.Count);
        foreach (var response in refused)
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, CancellationToken.None);
            Assert.Contains("API key", problem.GetProperty("detail").GetString());
            AssertRetryAfterIsTheWindowsEnd(response);
        }

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Two_gateway_instances_share_one_budget_per_key()
    {
        await using var gateways = await TwoGatewaysAsync(perKey: 6);

        var fromFirst = await SendAsync(gateways.OnFirst, 4);
        var fromSecond = await SendAsync(gateways.OnSecond, 4);

        Assert.All(fromFirst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            fromSecond.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task An_instance_leases_a_tenth_of_the_limit_at_a_time_so_most_requests_need_no_redis_round_trip()
    {
        await using var inspect = await Upstreams.InspectAsync();
        var settings = Limits(perKey: 1000, perAddress: 100_000);
        await using var gateway = new GatewayFactory(infrastructure, Feedback(inspect), settings);
        using var client = gateway.CreateClientWithKey((await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key);
        var redis = gateway.Services.GetRequiredService<IConnectionMultiplexer>();

        var first = await SendAsync(client, 3);
        var afterThree = await CountersAsync(redis, settings);
        var toHalf = await SendAsync(client, 48);
        // The 51st request left half a block: the next one is leased in the background, with no request waiting for it.
        var afterFiftyOne = await CountersAsync(redis, settings);
        for (var wait = 0; wait < 40 && afterFiftyOne.Values.Sum() < 400; wait++)
        {
            await Task.Delay(50);
            afterFiftyOne = await CountersAsync(redis, settings);
        }

        var more = await SendAsync(client, 50);
        var afterOneHundredAndOne = await CountersAsync(redis, settings);

        Assert.All(first.Concat(toHalf).Concat(more), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        // The key's block is a tenth of 1,000; the address's is capped at LeaseSize (100) rather than 10,000. The second
        // block of each was asked for when half of the first was used, the third is not due yet.
        Assert.Equal([100, 100], afterThree.Values.Order());
        Assert.Equal([200, 200], afterFiftyOne.Values.Order());
        Assert.Equal([200, 200], afterOneHundredAndOne.Values.Order());
    }

    [Fact]
    public async Task Shortly_before_a_window_starts_an_instance_in_use_leases_its_first_block_so_no_request_waits_at_the_turn()
    {
        await using var inspect = await Upstreams.InspectAsync();
        var settings = Limits(perKey: 1000, perAddress: 100_000, window: "00:00:02");
        await using var gateway = new GatewayFactory(infrastructure, Feedback(inspect), settings);
        using var client = gateway.CreateClientWithKey((await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key);
        var redis = gateway.Services.GetRequiredService<IConnectionMultiplexer>();
        await SendAsync(client, 1);

        // Into the last 200 ms of a two-second window (the lead is a fifth of the window, at most 200 ms), with time to
        // spare for the request.
        long untilTurn;
        while ((untilTurn = 2_000 - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 2_000) is > 150 or < 60)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, untilTurn - 140)));
        }

        var nextWindowStart = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 2_000 + 1) * 2_000;
        var response = Assert.Single(await SendAsync(client, 1));
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // past the turn, without a request in the new window

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The key's and the client address's counters of the window that has not yet had a request.
        var counters = await CountersAsync(redis, settings);
        Assert.Equal([100, 100], counters.Where(c => c.Key.EndsWith($":{nextWindowStart}")).Select(c => c.Value).Order());
    }

    [Fact]
    public async Task Two_instances_leasing_blocks_together_let_exactly_the_limit_through_in_a_window()
    {
        await using var gateways = await TwoGatewaysAsync(perKey: 40);

        var fromFirst = new List<HttpResponseMessage>();
        var fromSecond = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++)
        {
            fromFirst.AddRange(await SendAsync(gateways.OnFirst, 1));
            fromSecond.AddRange(await SendAsync(gateways.OnSecond, 1));
        }

        // Blocks of four (a tenth of 40), each asked for while half of the last is left: which instance gets how many
        // depends on when its refills land, but together they pass exactly the limit and both get a share.
        Assert.Equal(40, fromFirst.Concat(fromSecond).Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.InRange(fromFirst.Count(r => r.StatusCode == HttpStatusCode.OK), 4, 36);
        Assert.All(fromFirst.Concat(fromSecond).Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            AssertRetryAfterIsTheWindowsEnd(r);
        });
    }

    [Fact]
    public async Task Requests_from_one_client_address_share_a_budget_across_keys_and_without_one()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, Feedback(inspect), Limits(perKey: 1000, perAddress: 4));
        using var admin = gateway.CreateAdminClient();
        using var withKey = gateway.CreateClientWithKey((await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key);
        using var anonymous = gateway.CreateClient();

        var keyed = await SendAsync(withKey, 3);
        var without = await SendAsync(anonymous, 2);

        Assert.All(keyed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], without.Select(r => r.StatusCode));
        var problem = await ProblemAssert.IsProblemAsync(without[1], HttpStatusCode.TooManyRequests, CancellationToken.None);
        Assert.Contains("client address", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Staff_traffic_has_its_own_higher_limit_per_subject()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure, Feedback(inspect), Limits(perKey: 2, perAddress: 2, staff: 10));
        using var agent = gateway.CreateClientAs("agent-" + Guid.NewGuid().ToString("N")[..6], ["agent"], "sales");
        using var colleague = gateway.CreateClientAs("agent-" + Guid.NewGuid().ToString("N")[..6], ["agent"], "sales");

        var burst = await SendAsync(agent, 12);
        using var other = await colleague.GetAsync("/api/feedback");

        Assert.Equal(10, burst.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(2, burst.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task With_redis_unreachable_requests_pass_unlimited()
    {
        await using var inspect = await Upstreams.InspectAsync();
        var settings = new Dictionary<string, string?>(Limits(perKey: 1, perAddress: 1))
        {
            ["ConnectionStrings:redis"] = $"127.0.0.1:{ClosedPort.Address().Port}",
        };
        await using var gateway = new GatewayFactory(infrastructure, Feedback(inspect), settings);
        using var anonymous = gateway.CreateClient();

        var responses = await SendAsync(anonymous, 3);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    /// <summary>Two gateway instances sharing budgets, and a client on each with the same new key.</summary>
    private async Task<TwoGateways> TwoGatewaysAsync(int perKey)
    {
        var inspect = await Upstreams.InspectAsync();
        var shared = Limits(perKey, perAddress: 100_000);
        var first = new GatewayFactory(infrastructure, Feedback(inspect), shared);
        var second = new GatewayFactory(infrastructure, Feedback(inspect), shared);
        var key = (await TestKeys.CreateAsync(first, [TestKeys.UniqueDepartment()])).Key;
        return new TwoGateways(inspect, first, second, first.CreateClientWithKey(key), second.CreateClientWithKey(key));
    }

    private sealed record TwoGateways(UpstreamServer Upstream, GatewayFactory First, GatewayFactory Second, HttpClient OnFirst, HttpClient OnSecond)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            OnFirst.Dispose();
            OnSecond.Dispose();
            await First.DisposeAsync();
            await Second.DisposeAsync();
            await Upstream.DisposeAsync();
        }
    }

    private static Dictionary<string, Uri> Feedback(UpstreamServer upstream) => new() { ["feedback"] = upstream.Address };

    // A day-long window: windows are aligned to the clock, so a burst straddles two only around midnight UTC.
    private static Dictionary<string, string?> Limits(int perKey, int perAddress, int staff = 1000, string window = "1.00:00:00") => new()
    {
        ["Gateway:RateLimits:IntakePerKey"] = perKey.ToString(),
        ["Gateway:RateLimits:PerClientAddress"] = perAddress.ToString(),
        ["Gateway:RateLimits:StaffPerSubject"] = staff.ToString(),
        ["Gateway:RateLimits:Window"] = window,
        ["Gateway:RateLimits:KeyPrefix"] = $"test:{Guid.NewGuid():N}:",
    };

    /// <summary>Retry-After names the seconds until the next day-long window starts (at midnight UTC), give or take one.</summary>
    private static void AssertRetryAfterIsTheWindowsEnd(HttpResponseMessage response)
    {
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")));
        var untilMidnight = (int)Math.Ceiling((TimeSpan.FromDays(1).TotalMilliseconds - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 86_400_000) / 1000);
        Assert.InRange(retryAfter, untilMidnight - 2, untilMidnight + 1);
    }

    private static async Task<Dictionary<string, long>> CountersAsync(IConnectionMultiplexer redis, Dictionary<string, string?> settings)
    {
        var prefix = settings["Gateway:RateLimits:KeyPrefix"];
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var counters = new Dictionary<string, long>();
        // The key's and the client address's counters; the admin who created the key has a staff counter of its own.
        foreach (var key in server.Keys(pattern: prefix + "*").Where(k => !k.ToString().Contains(":sub:")))
        {
            counters[key!] = (long)await redis.GetDatabase().StringGetAsync(key);
        }

        return counters;
    }

    private static async Task<List<HttpResponseMessage>> SendAsync(HttpClient client, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
        {
            responses.Add(await client.GetAsync("/api/feedback"));
        }

        return responses;
    }
}
