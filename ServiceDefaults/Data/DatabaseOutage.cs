using Npgsql;

namespace ServiceExcellence.ServiceDefaults.Data;

/// <summary>
/// Tells an error that means "PostgreSQL cannot be reached right now" (down, shutting down, starting up, refusing
/// connections, a pooled connection that died with a restart) from an error in the statement itself, and rides out such
/// an outage for work that is safe to repeat.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Whether the exception or one of its inner exceptions reports the database unreachable.</summary>
    public static bool Caused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Classes 08 (connection exception), 53 (insufficient resources), 57P (shutting down, starting up).
                case PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                                                || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                                                || pg.SqlState.StartsWith("57P", StringComparison.Ordinal):
                case NpgsqlException and not PostgresException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, and again with a growing pause (up to 5 s) while it fails because of an outage,
    /// for at most <paramref name="tolerance"/>; then, or on any other error, the error is thrown. Only for work that
    /// has no effect when it fails and is idempotent when repeated (one transaction, deduplicated).
    /// </summary>
    public static async Task<T> RideOutAsync<T>(
        Func<CancellationToken, Task<T>> work, TimeSpan tolerance, TimeProvider time, Action<Exception, TimeSpan> onRetry,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (Exception e) when (Caused(e) && time.GetElapsedTime(started) + pause <= tolerance)
            {
                onRetry(e, pause);
                await Task.Delay(pause, time, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }
}
