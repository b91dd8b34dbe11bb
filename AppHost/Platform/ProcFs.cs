namespace ServiceExcellence.AppHost.Platform;

/// <summary>Reads process facts from /proc: identity (start time, command line) and the parent links of the tree.</summary>
internal static class ProcFs
{
    /// <summary>
    /// The start time of a process in clock ticks since boot (field 22 of /proc/&lt;pid&gt;/stat); with the pid it
    /// identifies a process for good, because a reused pid gets a later start time.
    /// </summary>
    public static long? StartTicks(int pid) => ReadStatFields(pid) is { } fields ? long.Parse(fields[19]) : null;

    /// <summary>The command name (at most 15 characters, as in /proc/&lt;pid&gt;/comm), or null when the process is gone.</summary>
    public static string? Name(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return null; // the process is gone
        }
    }

    /// <summary>True when the process exists and has not exited (zombies do not count).</summary>
    public static bool IsRunning(int pid) => ReadStatFields(pid) is { } fields && fields[0] != "Z" && fields[0] != "X";

    /// <summary>The parent pid, or null when the process is gone.</summary>
    public static int? ParentPid(int pid) => ReadStatFields(pid) is { } fields ? int.Parse(fields[1]) : null;

    /// <summary>The process group, or null when the process is gone.</summary>
    public static int? ProcessGroup(int pid) => ReadStatFields(pid) is { } fields ? int.Parse(fields[2]) : null;

    /// <summary>The session, or null when the process is gone (an exited, unreaped process keeps its session).</summary>
    public static int? Session(int pid) => ReadStatFields(pid) is { } fields ? int.Parse(fields[3]) : null;

    /// <summary>Exited, unreaped children of <paramref name="parentPid"/>.</summary>
    public static IReadOnlyList<int> ZombieChildren(int parentPid) =>
        AllPids().Where(pid => ReadStatFields(pid) is { } fields && fields[0] == "Z" && int.Parse(fields[1]) == parentPid).ToList();

    /// <summary>Every running (not zombie) process whose process group is <paramref name="groupId"/>.</summary>
    public static IReadOnlyList<int> GroupMembers(int groupId) =>
        AllPids().Where(pid => ProcessGroup(pid) == groupId && IsRunning(pid)).ToList();

    /// <summary>The command line with arguments joined by spaces, or null when the process is gone.</summary>
    public static string? CommandLine(int pid)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{pid}/cmdline");
            return raw.Replace('\0', ' ').Trim();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return null; // the process ended between listing and reading: it has no command line any more
        }
    }

    /// <summary>
    /// Resident and proportional set size in bytes (VmRSS from status, Pss from smaps_rollup), or null when the process
    /// is gone. Pss shares each shared page among the processes that map it, so the Pss of many processes adds up.
    /// </summary>
    public static (long Resident, long Proportional)? Memory(int pid)
    {
        try
        {
            return (KilobytesField($"/proc/{pid}/status", "VmRSS:") * 1024, KilobytesField($"/proc/{pid}/smaps_rollup", "Pss:") * 1024);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null; // the process ended between listing and reading
        }
    }

    private static long KilobytesField(string path, string field) =>
        File.ReadLines(path).Where(line => line.StartsWith(field, StringComparison.Ordinal))
            .Select(line => long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim()))
            .FirstOrDefault();

    /// <summary>Every live descendant of <paramref name="rootPid"/> (children, grandchildren, ...), deepest last.</summary>
    public static IReadOnlyList<int> Descendants(int rootPid)
    {
        var childrenOf = new Dictionary<int, List<int>>();
        foreach (var pid in AllPids())
        {
            if (ParentPid(pid) is { } parent)
            {
                if (!childrenOf.TryGetValue(parent, out var list))
                {
                    childrenOf[parent] = list = [];
                }

                list.Add(pid);
            }
        }

        var result = new List<int>();
        var queue = new Queue<int>([rootPid]);
        while (queue.TryDequeue(out var current))
        {
            if (childrenOf.TryGetValue(current, out var children))
            {
                foreach (var child in children)
                {
                    result.Add(child);
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }

    private static IEnumerable<int> AllPids()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                yield return pid;
            }
        }
    }

    // Fields after "pid (comm)": the command name may contain spaces and parentheses, so split after the last ')'.
    // Index 0 is field 3 (state), 1 is field 4 (ppid), 2 is field 5 (pgrp), 3 is field 6 (session), 19 is field 22 (starttime).
    private static string[]? ReadStatFields(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return null; // the process is gone
        }

        var end = stat.LastIndexOf(')');
        return end < 0 ? null : stat[(end + 2)..].Split(' ');
    }
}
