using System.Diagnostics;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Processes;

/// <summary>
/// One running child: the leader of its own session and process group (started through setsid), so that a
/// terminal's Ctrl+C reaches only the host, and the whole group can be killed at once.
/// </summary>
internal sealed class ManagedProcess : IDisposable
{
    private readonly Process _process;

    private ManagedProcess(Process process, ResourceLog log, ProcessSpec spec)
    {
        _process = process;
        Spec = spec;
        Pid = process.Id;
        StartTicks = ProcFs.StartTicks(Pid) ?? 0;
        Pumps = Task.WhenAll(PumpAsync(process.StandardOutput, log), PumpAsync(process.StandardError, log));
        Exited = WaitForExitAsync(process);
    }

    public ProcessSpec Spec { get; }

    public int Pid { get; }

    public long StartTicks { get; }

    /// <summary>Completes with the exit code (128 + signal when a signal ended it).</summary>
    public Task<int> Exited { get; }

    /// <summary>Completes when the output pipes are closed (by the process and any child that inherited them).</summary>
    public Task Pumps { get; }

    public bool HasExited => Exited.IsCompleted;

    public static ManagedProcess Start(ProcessStartInfo startInfo, ProcessSpec spec, ResourceLog log)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.Start();
        // The children read nothing: end of input, rather than our terminal.
        process.StandardInput.Close();
        OrphanReaper.Watch(process.Id);
        return new ManagedProcess(process, log, spec);
    }

    /// <summary>Sends a signal to the process itself (not its group: the process shuts its children down).</summary>
    public void Signal(int signal)
    {
        if (!HasExited)
        {
            OrphanReaper.Track(ProcFs.Descendants(Pid));
            Posix.Kill(Pid, signal);
        }
    }

    /// <summary>SIGKILL to the process, its process group and every descendant.</summary>
    public void KillTree()
    {
        // Descendants first, while the parent links still exist; once the leader dies they are re-parented.
        var descendants = HasExited ? [] : ProcFs.Descendants(Pid);
        OrphanReaper.Track(descendants);
        KillGroup();
        if (!HasExited)
        {
            Posix.Kill(Pid, Posix.SigKill);
        }

        foreach (var pid in descendants)
        {
            Posix.Kill(pid, Posix.SigKill);
        }
    }

    /// <summary>SIGKILL to what is left of the process group (children the leader did not take down with it).</summary>
    public void KillGroup()
    {
        // setsid made the group id equal to the pid; the id is not reused while any member is alive.
        var members = ProcFs.GroupMembers(Pid);
        if (HasExited && members.Count == 0)
        {
            return;
        }

        OrphanReaper.Track(members.Where(pid => pid != Pid));
        Posix.Kill(-Pid, Posix.SigKill);
    }

    public void Dispose() => _process.Dispose();

    private static async Task<int> WaitForExitAsync(Process process)
    {
        // Output is read by our own pumps, so this completes when the process exits, not when its pipes close.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        OrphanReaper.Unwatch(process.Id);
        return process.ExitCode;
    }

    private static async Task PumpAsync(StreamReader reader, ResourceLog log)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            log.Write(line);
        }
    }
}
