using System.Runtime.InteropServices;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// Running a program as another local user when the AppHost runs as root: <c>initdb</c> and <c>postgres</c> refuse to
/// run as root, so they run as the <c>postgres</c> user the package creates, on directories that user owns.
/// </summary>
internal static class SystemUser
{
    /// <summary>True when this process runs as root.</summary>
    public static bool IsRoot => geteuid() == 0;

    /// <summary>
    /// The command and arguments that run <paramref name="program"/> as <paramref name="user"/> when we are root
    /// (<c>setpriv</c> execs, so the process id stays that of the program itself), else the program unchanged.
    /// </summary>
    public static (string Command, IReadOnlyList<string> Arguments) Wrap(string user, string program, IEnumerable<string> arguments) =>
        IsRoot
            ? (LocalTools.Require("setpriv"), [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", program, .. arguments])
            : (program, [.. arguments]);

    /// <summary>The uid and gid of a local user, or null when the user does not exist.</summary>
    public static (uint Uid, uint Gid)? Lookup(string name)
    {
        var entry = getpwnam(name);
        if (entry == IntPtr.Zero)
        {
            return null;
        }

        var passwd = Marshal.PtrToStructure<PasswdEntry>(entry);
        return (passwd.Uid, passwd.Gid);
    }

    /// <summary>Creates a directory with <paramref name="mode"/>, owned by <paramref name="owner"/> when one is given.</summary>
    public static void CreateOwnedDirectory(string path, (uint Uid, uint Gid)? owner, UnixFileMode mode)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, mode);
        if (owner is { } user)
        {
            ChangeOwner(path, user.Uid, user.Gid);
        }
    }

    /// <summary>Changes the owner of one file or directory (not recursive).</summary>
    public static void ChangeOwner(string path, uint uid, uint gid)
    {
        if (chown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {uid}:{gid} '{path}' failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc")]
    private static extern uint geteuid();

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
