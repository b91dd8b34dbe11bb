using System.Diagnostics;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Orchestration;
using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Cli;

/// <summary><c>dotnet run --project AppHost</c>: the whole suite on this machine until Ctrl+C or SIGTERM.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var table = StatusTable.ForConsole();
        using var log = new HostLog(table.WriteLine);
        using var signals = new ShutdownSignals();

        SuiteRun run;
        bool demo;
        try
        {
            (demo, args) = DemoSwitch.Split(args);
            var settings = CliSettings.Load(args);
            run = SuiteRun.Create(settings, SystemBinaryLocator.Instance, log, soleProcessStarter: true);
        }
        catch (PrerequisiteException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        using (run)
        {
            return await RunAsync(run, table, log, signals, demo).ConfigureAwait(false);
        }
    }

    private static async Task<int> RunAsync(SuiteRun run, StatusTable table, HostLog log, ShutdownSignals signals, bool demo)
    {
        var orchestrator = run.Orchestrator;
        // Last resort if the process ends some other way (an unhandled exception): no child may outlive us.
        EventHandler onExit = (_, _) => orchestrator.KillAllNow();
        AppDomain.CurrentDomain.ProcessExit += onExit;
        orchestrator.StateChanged += changed => table.Update(orchestrator.Snapshots, changed);
        table.Update(orchestrator.Snapshots, null);

        var exitCode = 0;
        var clock = Stopwatch.StartNew();
        log.Info($"data in {run.Settings.DataDirectory}, logs in {Path.Combine(run.Settings.DataDirectory, "logs")}");
        try
        {
            await orchestrator.StartAllAsync(retryProjects: true, signals.Graceful).ConfigureAwait(false);
            AnnounceReady(run, table, log, clock.Elapsed);
            if (demo && run.Model.ServiceUrls.TryGetValue(ResourceNames.Gateway, out var gateway))
            {
                await DemoLoad.RunAsync(gateway, table, log, signals.Graceful).ConfigureAwait(false);
            }

            await Task.Delay(Timeout.Infinite, signals.Graceful).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (signals.Graceful.IsCancellationRequested)
        {
            log.Info($"{signals.Received} received: stopping (again to kill at once)");
        }
        catch (ResourceStartException ex)
        {
            log.Error(ex.Message);
            exitCode = 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else (a disk full while preparing, a bug) still ends with every child stopped.
            log.Error("the suite could not start", ex);
            exitCode = 1;
        }

        var stopClock = Stopwatch.StartNew();
        using (signals.Immediate.Register(orchestrator.KillAllNow))
        {
            await orchestrator.StopAllAsync(signals.Immediate).ConfigureAwait(false);
        }

        log.Info($"stopped in {stopClock.Elapsed.TotalSeconds:0.0} s");
        table.PrintSnapshot();
        AppDomain.CurrentDomain.ProcessExit -= onExit;
        return exitCode;
    }

    private static void AnnounceReady(SuiteRun run, StatusTable table, HostLog log, TimeSpan elapsed)
    {
        table.PrintSnapshot();
        var count = run.Model.Resources.Count;
        log.Info($"all {count} local resources healthy in {elapsed.TotalSeconds:0.0} s");
        if (run.Model.ServiceUrls.TryGetValue(ResourceNames.Gateway, out var gateway))
        {
            var line = new string('=', 60);
            table.WriteLine(line);
            table.WriteLine($"  Gateway: {gateway.ToString().TrimEnd('/')}    (Ctrl+C to stop)");
            table.WriteLine(line);
        }
    }
}
