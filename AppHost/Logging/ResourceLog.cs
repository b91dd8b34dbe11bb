using System.Globalization;
using System.Text;

namespace ServiceExcellence.AppHost.Logging;

/// <summary>
/// The log file of one resource (&lt;data&gt;/logs/&lt;name&gt;.log): every line its processes print, appended with
/// a timestamp; the last lines are kept in memory to explain a failed start.
/// </summary>
internal sealed class ResourceLog : IDisposable
{
    private const int TailLength = 30;

    private readonly Lock _gate = new();
    private readonly Queue<string> _tail = new();
    private readonly StreamWriter _writer;
    private bool _disposed;

    public ResourceLog(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
    }

    public string Path { get; }

    public void Write(string line)
    {
        var stamped = $"{DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)} {line}";
        lock (_gate)
        {
            if (_disposed)
            {
                // A grandchild that kept the pipe open may still print after the host closed the log.
                return;
            }

            _writer.WriteLine(stamped);
            _tail.Enqueue(line);
            if (_tail.Count > TailLength)
            {
                _tail.Dequeue();
            }
        }
    }

    /// <summary>The last lines written, oldest first.</summary>
    public IReadOnlyList<string> Tail(int count = 12)
    {
        lock (_gate)
        {
            return _tail.Skip(Math.Max(0, _tail.Count - count)).ToList();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _writer.Dispose();
        }
    }
}
