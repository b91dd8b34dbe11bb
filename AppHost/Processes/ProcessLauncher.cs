using System.Diagnostics;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Processes;

/// <summary>Starts children in their own session (setsid), as another user when asked (setpriv), and records their pids.</summary>
internal sealed class ProcessLauncher(Binaries binaries, PidRegistry pids)
{
    /// <summary>Starts a long-running process of <paramref name="resourceName"/>; its pid is recorded until it exits.</summary>
    public ManagedProcess Start(string resourceName, ProcessSpec spec, ResourceLog log)
    {
        var process = Launch(spec, log);
        pids.Record(resourceName, process.Pid, process.StartTicks, spec.Marker);
        return process;
    }

    /// <summary>Runs a one-shot command (such as initdb) to its end and returns its exit code.</summary>
    public async Task<int> RunToCompletionAsync(string resourceName, ProcessSpec spec, ResourceLog log, CancellationToken cancellationToken)
    {
        using var process = Start(resourceName, spec, log);
        try
        {
            var code = await process.Exited.WaitAsync(cancellationToken).ConfigureAwait(false);
            log.Write($"--- {Path.GetFileName(spec.FileName)} exited with code {code}");
            return code;
        }
        catch (OperationCanceledException)
        {
            process.KillTree();
            throw;
        }
        finally
        {
            pids.Remove(resourceName, process.Pid);
        }
    }

    /// <summary>Forgets the recorded pid of a process that has ended.</summary>
    public void Forget(string resourceName, ManagedProcess process) => pids.Remove(resourceName, process.Pid);

    private ManagedProcess Launch(ProcessSpec spec, ResourceLog log)
    {
        var startInfo = new ProcessStartInfo(binaries.Require("setsid")) { WorkingDirectory = spec.WorkingDirectory };
        if (spec.RunAsUser is { } user && Posix.IsRoot)
        {
            // setpriv execs, so the pid stays that of the program itself.
            startInfo.ArgumentList.Add(binaries.Require("setpriv"));
            startInfo.ArgumentList.Add($"--reuid={user}");
            startInfo.ArgumentList.Add($"--regid={user}");
            startInfo.ArgumentList.Add("--init-groups");
            startInfo.ArgumentList.Add("--");
        }

        startInfo.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var inherited = startInfo.Environment.Keys
            .Where(key => spec.ClearedEnvironmentPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var key in inherited)
        {
            startInfo.Environment.Remove(key);
        }

        foreach (var (key, value) in spec.Environment)
        {
            startInfo.Environment[key] = value;
        }

        log.Write($"--- starting {spec.FileName} {string.Join(' ', spec.Arguments)}");
        return ManagedProcess.Start(startInfo, spec, log);
    }
}
