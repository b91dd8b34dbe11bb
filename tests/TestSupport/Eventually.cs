namespace ServiceExcellence.Testing;

/// <summary>Waits for an asynchronous effect (an event consumed, a read model updated) with a deadline.</summary>
public static class Eventually
{
    public static async Task<T> MatchAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        T last;
        do
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Not within {timeout.TotalSeconds:F1} s: {what} (last value: {last})");
    }
}
