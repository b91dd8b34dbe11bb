using System.Diagnostics;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Lifecycle;

public sealed class StaleProcessTests
{
    [Fact]
    public async Task A_process_left_by_a_crashed_host_is_ended_on_the_next_start()
    {
        using var directory = new TempDirectory();
        using var sleeper = StartSleeper();
        using var log = new HostLog(null);
        new PidRegistry(directory.Path, log).Record("sleeper", sleeper.Id, ProcFs.StartTicks(sleeper.Id)!.Value, "sleep");

        new PidRegistry(directory.Path, log).KillStale();

        await sleeper.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(Directory.GetFiles(Path.Combine(directory.Path, "pids"), "*.pid"));
    }

    [Fact]
    public void A_recorded_pid_that_now_names_another_process_is_left_alone()
    {
        using var directory = new TempDirectory();
        using var sleeper = StartSleeper();
        using var log = new HostLog(null);
        // Same pid, but a different start time: the pid was reused by an unrelated process.
        new PidRegistry(directory.Path, log).Record("sleeper", sleeper.Id, ProcFs.StartTicks(sleeper.Id)!.Value - 1, "sleep");

        new PidRegistry(directory.Path, log).KillStale();

        Assert.False(sleeper.WaitForExit(300));
        sleeper.Kill();
        sleeper.WaitForExit();
    }

    [Fact]
    public void A_data_directory_owned_by_a_running_host_is_refused()
    {
        using var directory = new TempDirectory();
        using var sleeper = StartSleeper();
        using var log = new HostLog(null);
        Directory.CreateDirectory(Path.Combine(directory.Path, "pids"));
        File.WriteAllText(Path.Combine(directory.Path, "pids", "apphost.owner"), $"{sleeper.Id} {ProcFs.StartTicks(sleeper.Id)} sleep");

        var error = Assert.Throws<PrerequisiteException>(() => new PidRegistry(directory.Path, log).ClaimOwnership());

        Assert.Contains($"in use by another AppHost (pid {sleeper.Id})", error.Message);
        sleeper.Kill();
        sleeper.WaitForExit();
    }

    // Like a child of the AppHost: leader of its own session and process group.
    private static Process StartSleeper()
    {
        var start = new ProcessStartInfo("setsid") { ArgumentList = { "sleep", "300" } };
        var process = Process.Start(start)!;
        SpinWait.SpinUntil(() => ProcFs.CommandLine(process.Id)?.StartsWith("sleep", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(5));
        return process;
    }
}
