using System.Globalization;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Orchestration;

namespace ServiceExcellence.AppHost.Cli;

/// <summary>
/// The console of the CLI: log lines scroll above a status table that is redrawn in place on a terminal; when the
/// output is redirected, each state change is one plain line instead.
/// </summary>
internal sealed class StatusTable(TextWriter output, bool interactive)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<ResourceSnapshot> _rows = [];
    private int _drawnLines;

    public static StatusTable ForConsole() => new(Console.Out, !Console.IsOutputRedirected);

    /// <summary>Writes a log line above the table.</summary>
    public void WriteLine(string line)
    {
        lock (_gate)
        {
            Erase();
            output.WriteLine(line);
            Draw();
        }
    }

    /// <summary>Shows the new state of every resource; <paramref name="changed"/> is the row that moved.</summary>
    public void Update(IReadOnlyList<ResourceSnapshot> rows, ResourceSnapshot? changed)
    {
        lock (_gate)
        {
            _rows = rows;
            if (interactive)
            {
                Erase();
                Draw();
            }
            else if (changed is not null)
            {
                output.WriteLine($"{DateTimeOffset.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} {Format(changed)}");
            }
        }
    }

    /// <summary>Prints the whole table as plain lines (for redirected output, where it is not kept on screen).</summary>
    public void PrintSnapshot()
    {
        lock (_gate)
        {
            if (interactive)
            {
                return;
            }

            foreach (var line in Lines())
            {
                output.WriteLine(line);
            }
        }
    }

    private void Erase()
    {
        if (interactive && _drawnLines > 0)
        {
            // Up to the table's first line, then clear to the end of the screen.
            output.Write($"\u001b[{_drawnLines}A\r\u001b[J");
            _drawnLines = 0;
        }
    }

    private void Draw()
    {
        if (!interactive || _rows.Count == 0)
        {
            return;
        }

        var width = WindowWidth();
        var lines = Lines().Select(line => line.Length < width ? line : line[..(width - 1)]).ToList();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        output.Flush();
        _drawnLines = lines.Count;
    }

    private IEnumerable<string> Lines()
    {
        yield return Row("RESOURCE", "STATE", "PID", "ENDPOINT");
        foreach (var row in _rows)
        {
            yield return Format(row);
        }
    }

    private static string Format(ResourceSnapshot row) =>
        Row(row.Name, StateText(row.State), row.Pid?.ToString(CultureInfo.InvariantCulture) ?? "-", row.Endpoint);

    private static string Row(string name, string state, string pid, string endpoint) =>
        $"{name,-11} {state,-11} {pid,-8} {endpoint}";

    private static string StateText(ResourceState state) => state.ToString().ToLowerInvariant();

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120; // no terminal size available
        }
    }
}
