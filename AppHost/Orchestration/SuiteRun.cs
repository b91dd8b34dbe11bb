using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Orchestration;

/// <summary>
/// One run of the suite on one data directory, up to the point of starting: the directory claimed, what an earlier
/// crashed host left running ended, the model declared and every prerequisite checked.
/// </summary>
internal sealed class SuiteRun : IDisposable
{
    private readonly PidRegistry _pids;

    private SuiteRun(SuiteSettings settings, SuiteModel model, Orchestrator orchestrator, PidRegistry pids)
    {
        Settings = settings;
        Model = model;
        Orchestrator = orchestrator;
        _pids = pids;
    }

    public SuiteSettings Settings { get; }

    public SuiteModel Model { get; }

    public Orchestrator Orchestrator { get; }

    /// <exception cref="PrerequisiteException">A tool, a built project or a port is missing, or the directory is in use.</exception>
    /// <param name="soleProcessStarter">Nothing else in this process starts child processes (the CLI, not a test host).</param>
    public static SuiteRun Create(SuiteSettings settings, IBinaryLocator locator, HostLog log, bool soleProcessStarter)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        log.AttachFile(Path.Combine(settings.DataDirectory, "logs", "apphost.log"));

        var binaries = new Binaries(locator);
        binaries.Require("setsid");
        OrphanReaper.Enable(reapEveryOrphan: soleProcessStarter);
        var pids = new PidRegistry(settings.DataDirectory, log);
        pids.ClaimOwnership();
        try
        {
            pids.KillStale();
            var model = SuiteModel.Build(settings, binaries, new DotnetHost(locator));
            var orchestrator = new Orchestrator(model, settings, new ProcessLauncher(binaries, pids), log);
            try
            {
                orchestrator.CheckPrerequisites();
            }
            catch (Exception)
            {
                orchestrator.Dispose();
                throw;
            }

            return new SuiteRun(settings, model, orchestrator, pids);
        }
        catch (Exception)
        {
            pids.ReleaseOwnership();
            throw;
        }
    }

    public void Dispose()
    {
        Orchestrator.Dispose();
        _pids.ReleaseOwnership();
    }
}
