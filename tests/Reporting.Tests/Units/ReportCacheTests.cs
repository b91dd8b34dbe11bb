using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceExcellence.Reporting.Caching;
using StackExchange.Redis;

namespace ServiceExcellence.Reporting.Tests.Units;

public sealed class ReportCacheTests
{
    [Fact]
    public async Task With_redis_unreachable_every_report_is_computed_and_none_fails()
    {
        // Nothing listens on port 1: the multiplexer stays disconnected, as when Redis is down.
        using var redis = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200");
        var services = new ServiceCollection().AddSingleton<IConnectionMultiplexer>(redis).BuildServiceProvider();
        var generations = new ReportGenerations(services, NullLogger<ReportGenerations>.Instance);
        var cache = new ReportCache(services, generations, Options.Create(new ReportingOptions()), NullLogger<ReportCache>.Instance);
        var computed = 0;
        Task<int> Compute()
        {
            computed++;
            return Task.FromResult(42);
        }

        Assert.Equal(42, await cache.GetOrComputeAsync("metric:nps", "*", null, bypass: false, Compute));
        Assert.Equal(42, await cache.GetOrComputeAsync("metric:nps", "*", null, bypass: false, Compute));

        await generations.AdvanceAsync(new HashSet<string> { "call-centre" });
        Assert.Equal(2, computed);
    }
}
