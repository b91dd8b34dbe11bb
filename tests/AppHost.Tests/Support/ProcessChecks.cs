using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Tests.Support;

/// <summary>Waits for processes to be gone (exited; an unreaped zombie no longer runs anything).</summary>
internal static class ProcessChecks
{
    public static async Task<IReadOnlyList<int>> StillRunningAfterAsync(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        List<int> running;
        do
        {
            running = pids.Where(ProcFs.IsRunning).ToList();
            if (running.Count == 0)
            {
                return running;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return running;
    }
}
