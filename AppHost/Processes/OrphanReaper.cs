using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Processes;

/// <summary>
/// Reaps the descendants of our children that end up as our children (we are a child subreaper) once they exit:
/// a stopped or killed PostgreSQL or Erlang tree leaves grandchildren orphaned, and pid 1 of a container or micro-VM
/// may be slow to reap them (or never), so they would linger as &lt;defunct&gt; entries. Only processes of our own
/// trees are reaped (seen under one of our children, in one of their sessions, or an Erlang helper by name):
/// reaping a child that System.Diagnostics.Process started would make it fail fast.
/// </summary>
internal static class OrphanReaper
{
    private static readonly ConcurrentDictionary<int, long> Known = new(); // pid -> start ticks
    private static readonly ConcurrentDictionary<int, byte> Roots = new(); // running children whose trees we watch
    private static readonly ConcurrentDictionary<int, byte> Sessions = new(); // sessions our children lead (setsid)
    // Helpers the Erlang VM starts and detaches (setsid), some from a short-lived VM the broker spawns at boot: too
    // brief to be seen under our trees, recognisable by name. No test starts these itself.
    private static readonly HashSet<string> ErlangHelpers = ["inet_gethost", "erl_child_setup", "beam.smp", "epmd"];

    private static readonly Lock Gate = new();
    private static Timer? _timer;
    private static PosixSignalRegistration? _onChildExit;
    private static int _ticks;
    private static bool _reapEveryOrphan;

    /// <summary>Becomes a subreaper and starts reaping; safe to call more than once.</summary>
    /// <param name="reapEveryOrphan">
    /// Reap every exited child that is not one we started, also helpers our trees spawned and detached too briefly to
    /// be seen. Only for a process where nothing else starts child processes (the CLI): reaping a child that
    /// System.Diagnostics.Process started would make it fail fast.
    /// </param>
    public static void Enable(bool reapEveryOrphan)
    {
        lock (Gate)
        {
            _reapEveryOrphan |= reapEveryOrphan;
            if (_timer is not null || !Posix.BecomeChildSubreaper())
            {
                return;
            }

            // SIGCHLD for prompt reaping; the timer learns the trees and catches anything missed.
            _onChildExit = PosixSignalRegistration.Create(PosixSignal.SIGCHLD, _ => Reap());
            _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Watches the tree under <paramref name="pid"/> (one of our children, leader of its own session).</summary>
    public static void Watch(int pid)
    {
        Roots[pid] = 0;
        Sessions[pid] = 0;
    }

    public static void Unwatch(int pid) => Roots.TryRemove(pid, out _);

    /// <summary>Remembers processes of our trees (taken before they are signalled, while the parent links exist).</summary>
    public static void Track(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            if (ProcFs.StartTicks(pid) is { } ticks)
            {
                Known[pid] = ticks;
            }
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> until every known orphan has been reaped (before the host exits).</summary>
    public static void Drain(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            Reap();
            // Pending: still running (it will be orphaned when it exits after its parent) or a zombie of ours.
            var self = Environment.ProcessId;
            var pending = Known.Any(pair => ProcFs.StartTicks(pair.Key) == pair.Value &&
                                            (ProcFs.IsRunning(pair.Key) || ProcFs.ParentPid(pair.Key) == self));
            if (!pending)
            {
                return;
            }

            Thread.Sleep(50);
        }
        while (DateTime.UtcNow < deadline);
    }

    private static void Tick()
    {
        // Every 2 s, learn the current descendants, so that those orphaned by a crash are known too.
        if (Interlocked.Increment(ref _ticks) % 4 == 0)
        {
            foreach (var root in Roots.Keys)
            {
                Track(ProcFs.Descendants(root));
            }
        }

        Reap();
    }

    private static void Reap()
    {
        var self = Environment.ProcessId;
        foreach (var pid in ProcFs.ZombieChildren(self))
        {
            var ours = _reapEveryOrphan || Known.ContainsKey(pid) ||
                       (ProcFs.Session(pid) is { } session && Sessions.ContainsKey(session)) ||
                       (ProcFs.Name(pid) is { } name && ErlangHelpers.Contains(name));
            if (ours && !Roots.ContainsKey(pid))
            {
                Posix.TryReap(pid);
            }
        }

        // Forget what is gone (reaped by us or by its own parent) or whose pid now names another process. A zombie
        // whose parent still lives stays known: if that parent dies first, the zombie becomes ours to reap.
        foreach (var (pid, ticks) in Known)
        {
            if (ProcFs.StartTicks(pid) != ticks)
            {
                Known.TryRemove(pid, out _);
            }
        }
    }
}
