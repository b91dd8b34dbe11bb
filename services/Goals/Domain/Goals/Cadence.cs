namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>How often a KPI's actual is pulled from Reporting, and how long "one full cadence" is for alerts.</summary>
public enum Cadence
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
}

/// <summary>Calendar arithmetic on cadences.</summary>
public static class CadenceCalendar
{
    /// <summary>One cadence after <paramref name="from"/>; months and quarters follow the calendar.</summary>
    public static DateTimeOffset After(this Cadence cadence, DateTimeOffset from) => cadence switch
    {
        Cadence.Daily => from.AddDays(1),
        Cadence.Weekly => from.AddDays(7),
        Cadence.Monthly => from.AddMonths(1),
        _ => from.AddMonths(3),
    };
}
