using ServiceExcellence.Testing;

namespace ServiceExcellence.AppHost.Tests.Infrastructure;

/// <summary>What a finished run leaves behind: nothing.</summary>
public sealed class DisposeTests
{
    [Fact]
    public async Task Disposing_ends_every_process_of_the_suite_and_deletes_its_temp_directory()
    {
        var suite = await SuiteApp.StartAsync(new SuiteAppOptions { StartServices = false });
        var processes = suite.ProcessIds().Values.SelectMany(ProcessTree.Of).ToList();
        Assert.NotEmpty(processes);

        await suite.DisposeAsync();

        Assert.False(Directory.Exists(suite.DataDirectory), $"{suite.DataDirectory} is still there");
        Assert.All(processes, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} is still running"));
    }
}
