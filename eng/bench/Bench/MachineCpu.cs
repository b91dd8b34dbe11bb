namespace ServiceExcellence.Bench;

/// <summary>Busy CPU time of the whole machine, every core and every process, from <c>/proc/stat</c>; null where there is none.</summary>
public static class MachineCpu
{
    // USER_HZ, the unit of /proc/stat: 100 on every Linux the suite runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Busy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        // "cpu user nice system idle iowait irq softirq steal guest guest_nice": all but idle and iowait is work;
        // guest time is already inside user time.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = 0L;
        for (var i = 1; i < Math.Min(fields.Length, 9); i++)
        {
            if (i is not (4 or 5))
            {
                ticks += long.Parse(fields[i]);
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
