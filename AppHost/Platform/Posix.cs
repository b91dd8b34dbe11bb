using System.Runtime.InteropServices;

namespace ServiceExcellence.AppHost.Platform;

/// <summary>The few libc calls .NET does not expose: signals, effective user, ownership.</summary>
internal static class Posix
{
    public const int SigInt = 2;
    public const int SigQuit = 3;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private const int NoSuchProcess = 3; // ESRCH
    private const int PrSetChildSubreaper = 36;
    private const int WaitNoHang = 1;

    /// <summary>True when this process runs as root (PostgreSQL then has to be started as another user).</summary>
    public static bool IsRoot => geteuid() == 0;

    /// <summary>Sends <paramref name="signal"/> to a process, or to a process group when <paramref name="pid"/> is negative.</summary>
    /// <returns>False when no such process (or group) exists any more.</returns>
    public static bool Kill(int pid, int signal)
    {
        if (pid is 0 or -1)
        {
            // 0 and -1 address our own group or every process: never what a caller means.
            throw new ArgumentOutOfRangeException(nameof(pid), pid, "Refusing to signal a broadcast process id.");
        }

        if (kill(pid, signal) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == NoSuchProcess
            ? false
            : throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {error}.");
    }

    /// <summary>
    /// Makes this process the parent of orphaned descendants instead of pid 1 (which may never reap them), so they
    /// can be reaped here. Returns false when the kernel refuses.
    /// </summary>
    public static bool BecomeChildSubreaper() => prctl(PrSetChildSubreaper, 1, 0, 0, 0) == 0;

    /// <summary>Reaps <paramref name="pid"/> if it is an exited child of this process; never blocks.</summary>
    public static bool TryReap(int pid) => waitpid(pid, out _, WaitNoHang) == pid;

    /// <summary>The uid and gid of a local user, or null when the user does not exist.</summary>
    public static (uint Uid, uint Gid)? LookupUser(string name)
    {
        var entry = getpwnam(name);
        if (entry == IntPtr.Zero)
        {
            return null;
        }

        var passwd = Marshal.PtrToStructure<PasswdEntry>(entry);
        return (passwd.Uid, passwd.Gid);
    }

    /// <summary>Changes the owner of one file or directory (not recursive).</summary>
    public static void ChangeOwner(string path, uint uid, uint gid)
    {
        if (chown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {uid}:{gid} '{path}' failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc")]
    private static extern uint geteuid();

    [DllImport("libc", SetLastError = true)]
    private static extern int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc", SetLastError = true)]
    private static extern int waitpid(int pid, out int status, int options);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr getpwnam([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    [DllImport("libc", SetLastError = true)]
    private static extern int chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct PasswdEntry
    {
        public readonly IntPtr Name;
        public readonly IntPtr Password;
        public readonly uint Uid;
        public readonly uint Gid;
        public readonly IntPtr Gecos;
        public readonly IntPtr Directory;
        public readonly IntPtr Shell;
    }
}
