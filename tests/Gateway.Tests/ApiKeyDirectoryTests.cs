using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceExcellence.Gateway.ApiKeys;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Gateway.Domain.ApiKeys;
using ServiceExcellence.Gateway.Tests.Support;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ApiKeyDirectoryTests(GatewayInfrastructure infrastructure)
{
    private static readonly TimeSpan Freshness = new ApiKeyOptions().CacheFreshness;

    [Fact]
    public async Task A_key_in_use_is_looked_up_again_after_half_its_freshness_while_requests_keep_the_cached_answer()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        var key = (await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key;
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var directory = new ApiKeyDirectory(
            gateway.Services.GetRequiredService<IServiceScopeFactory>(), clock, Options.Create(new ApiKeyOptions()), NullLogger<ApiKeyDirectory>.Instance);
        Assert.NotNull(await directory.FindAsync(key, CancellationToken.None));
        await RevokeBehindTheDirectorysBackAsync(gateway, key);

        var beforeHalf = await directory.FindAsync(key, CancellationToken.None);
        clock.Advance(Freshness * 0.6);
        var pastHalf = await directory.FindAsync(key, CancellationToken.None);

        Assert.NotNull(beforeHalf);
        Assert.NotNull(pastHalf); // still within its freshness: answered from the cache, not after a query
        // The clock stays at 0.6 of the freshness from here on, so only a lookup ahead of time can see the revocation.
        await Eventually.MatchAsync(() => directory.FindAsync(key, CancellationToken.None), found => found is null,
            TimeSpan.FromSeconds(5), "the background lookup replaced the cached answer before its freshness ended");
    }

    [Fact]
    public async Task Concurrent_requests_for_a_key_nobody_has_asked_about_share_one_lookup()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        var key = (await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()])).Key;
        using var directory = new ApiKeyDirectory(
            gateway.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Options.Create(new ApiKeyOptions()),
            NullLogger<ApiKeyDirectory>.Instance);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => directory.FindAsync(key, CancellationToken.None)));

        Assert.All(answers, found => Assert.Same(answers[0], found));
        Assert.NotNull(answers[0]);
    }

    private static async Task RevokeBehindTheDirectorysBackAsync(GatewayFactory gateway, string key)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        var hash = ApiKeySecret.HashOf(key);
        await scope.ServiceProvider.GetRequiredService<GatewayDbContext>().ApiKeys.Where(k => k.KeyHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, DateTimeOffset.UtcNow));
    }
}
