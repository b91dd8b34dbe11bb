using System.Globalization;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Processes;

/// <summary>
/// &lt;data&gt;/pids: one file per running child (pid, start time, marker) and one for the host that owns the
/// directory, so that a host started after a crash can find and end what the crashed one left behind.
/// </summary>
internal sealed class PidRegistry(string dataDirectory, HostLog log)
{
    private const string OwnerFile = "apphost.owner";

    private readonly string _directory = Path.Combine(dataDirectory, "pids");

    /// <summary>Makes this process the owner of the data directory.</summary>
    /// <exception cref="PrerequisiteException">Another live host owns it.</exception>
    public void ClaimOwnership()
    {
        Directory.CreateDirectory(_directory);
        var ownerPath = Path.Combine(_directory, OwnerFile);
        if (ReadOwner(ownerPath) is { } owner && owner.Pid != Environment.ProcessId && IsAlive(owner))
        {
            throw new PrerequisiteException(
                $"The data directory {dataDirectory} is in use by another AppHost (pid {owner.Pid}); stop that one first.");
        }

        var self = Environment.ProcessId;
        File.WriteAllText(ownerPath, $"{self} {ProcFs.StartTicks(self)} {ProcFs.CommandLine(self)}");
    }

    public void ReleaseOwnership()
    {
        var ownerPath = Path.Combine(_directory, OwnerFile);
        if (ReadOwner(ownerPath) is { } owner && owner.Pid == Environment.ProcessId)
        {
            File.Delete(ownerPath);
        }
    }

    /// <summary>True when the host that owns <paramref name="directory"/> is still running.</summary>
    public static bool IsOwnedByLiveHost(string directory) =>
        ReadOwner(Path.Combine(directory, "pids", OwnerFile)) is { } owner && IsAlive(owner);

    /// <summary>True when <paramref name="directory"/> has an owner file at all (a host got as far as claiming it).</summary>
    public static bool HasOwner(string directory) => File.Exists(Path.Combine(directory, "pids", OwnerFile));

    public void Record(string resource, int pid, long startTicks, string marker)
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(PathOf(resource), string.Create(CultureInfo.InvariantCulture, $"{pid} {startTicks} {marker}"));
    }

    public void Remove(string resource, int pid)
    {
        var path = PathOf(resource);
        if (ReadEntry(path) is { } entry && entry.Pid == pid)
        {
            File.Delete(path);
        }
    }

    /// <summary>Ends every process recorded by an earlier host that is still running, after checking it is ours.</summary>
    public void KillStale()
    {
        if (!Directory.Exists(_directory))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(_directory, "*.pid"))
        {
            if (ReadEntry(path) is { } entry)
            {
                KillStaleEntry(Path.GetFileNameWithoutExtension(path), entry);
            }

            File.Delete(path);
        }
    }

    private void KillStaleEntry(string resource, Entry entry)
    {
        // An exited leader (gone, or a zombie nobody reaped yet) has no command line to check, but its group can live on.
        var leaderRunning = ProcFs.IsRunning(entry.Pid);
        if (leaderRunning)
        {
            var commandLine = ProcFs.CommandLine(entry.Pid) ?? "";
            if (ProcFs.StartTicks(entry.Pid) != entry.StartTicks || !commandLine.Contains(entry.Marker, StringComparison.Ordinal))
            {
                // The pid was reused by an unrelated process (and so is its group id): leave both alone.
                return;
            }
        }

        // Our children lead their own process group; members outlive a killed leader, and a group id is not
        // reused while it has members, so any member left is one of ours.
        var members = ProcFs.GroupMembers(entry.Pid);
        if (!leaderRunning && members.Count == 0)
        {
            return;
        }

        log.Info($"ending {resource} (pid {entry.Pid}) left running by an earlier AppHost");
        var descendants = leaderRunning ? ProcFs.Descendants(entry.Pid) : [];
        OrphanReaper.Track([entry.Pid, .. descendants, .. members]);
        Posix.Kill(-entry.Pid, Posix.SigKill);
        foreach (var pid in descendants)
        {
            Posix.Kill(pid, Posix.SigKill);
        }

        WaitGone(entry.Pid);
    }

    private static void WaitGone(int groupId)
    {
        // SIGKILL is immediate but reaping is not: wait briefly so ports and files are free for the new start.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline && (ProcFs.GroupMembers(groupId).Count > 0 || ProcFs.IsRunning(groupId)))
        {
            Thread.Sleep(50);
        }
    }

    private string PathOf(string resource) => Path.Combine(_directory, resource + ".pid");

    // A zombie (exited, not yet reaped by its parent) is not alive.
    private static bool IsAlive(Entry owner) => ProcFs.IsRunning(owner.Pid) && ProcFs.StartTicks(owner.Pid) == owner.StartTicks;

    private static Entry? ReadOwner(string path) => ReadEntry(path);

    private static Entry? ReadEntry(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // nothing recorded
        }

        var parts = text.Split(' ', 3, StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && int.TryParse(parts[0], out var pid) && long.TryParse(parts[1], out var ticks)
            ? new Entry(pid, ticks, parts.Length > 2 ? parts[2] : "")
            : null;
    }

    private sealed record Entry(int Pid, long StartTicks, string Marker);
}
