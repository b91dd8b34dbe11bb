using System.Globalization;
using System.Text;

namespace ServiceExcellence.AppHost.Logging;

/// <summary>
/// The host's own progress lines: to a sink (the console, or a test's output) and to &lt;data&gt;/logs/apphost.log.
/// </summary>
internal sealed class HostLog : IDisposable
{
    private readonly Lock _gate = new();
    private Action<string>? _sink;
    private StreamWriter? _file;

    public HostLog(Action<string>? sink) => _sink = sink;

    /// <summary>Also writes to <paramref name="path"/> from now on (the data directory is known after the sink).</summary>
    public void AttachFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        lock (_gate)
        {
            _file?.Dispose();
            _file = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
        }
    }

    public void Info(string message) => Write(message);

    public void Error(string message, Exception? exception = null) =>
        Write(exception is null ? $"error: {message}" : $"error: {message}: {exception.GetType().Name}: {exception.Message}");

    private void Write(string message)
    {
        var line = $"{DateTimeOffset.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} {message}";
        Action<string>? sink;
        lock (_gate)
        {
            _file?.WriteLine(line);
            sink = _sink;
        }

        if (sink is null)
        {
            return;
        }

        try
        {
            sink(line);
        }
        catch (InvalidOperationException ex)
        {
            // xunit's output helper throws once its test has finished; later lines still reach the file.
            lock (_gate)
            {
                _sink = null;
                _file?.WriteLine($"log sink stopped accepting lines ({ex.Message}); further lines only here");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }
}
