using ServiceExcellence.AppHost.Platform;
using Xunit.Abstractions;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Lifecycle;

public sealed class DisposeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Disposing_ends_every_process_of_the_suite_and_deletes_its_temp_directory()
    {
        var host = await SuiteHost.StartAsync(new SuiteOptions { StartServices = false, Log = output.WriteLine });
        var leaders = host.ProcessIds;
        var everything = leaders.Values.Concat(leaders.Values.SelectMany(ProcFs.Descendants)).Distinct().ToList();
        var recorded = Directory.GetFiles(Path.Combine(host.DataDirectory, "pids"), "*.pid").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(["epmd", "postgres", "rabbitmq", "redis"], leaders.Keys.Order());
        Assert.Equal(leaders.Keys.Order(), recorded);
        Assert.True(everything.Count > leaders.Count, "postgres and the Erlang VM run children of their own");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await host.DisposeAsync();
        output.WriteLine($"disposed in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Empty(await ProcessChecks.StillRunningAfterAsync(everything, TimeSpan.FromSeconds(2)));
        Assert.False(Directory.Exists(host.DataDirectory));
    }
}
