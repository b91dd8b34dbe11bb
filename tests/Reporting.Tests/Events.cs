using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.Contracts.Feedback;

namespace ServiceExcellence.Reporting.Tests;

/// <summary>Contract events as the owning services publish them, with only the fields a test cares about to fill in.</summary>
internal static class Events
{
    /// <summary>Shanghai is UTC+8 all year, so local times below read as the organisation's clock.</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    public static FeedbackReceived Feedback(string department, DateTimeOffset at, int? csat = null, int? nps = null, int? ces = null,
        string? sentiment = null, string channel = "web") =>
        new(Guid.CreateVersion7(), at, department, Guid.NewGuid(), channel, at, csat, nps, ces, sentiment is not null,
            sentiment switch { "negative" => -0.6, "positive" => 0.6, null => null, _ => 0.0 }, sentiment, []);

    /// <summary>First response due 4 h after the cycle starts, as every event of the cycle states it.</summary>
    public static readonly TimeSpan ResponseTime = TimeSpan.FromHours(4);

    public static ComplaintOpened Opened(string department, Guid complaint, DateTimeOffset openedAt, DateTimeOffset resolutionDueAt) =>
        new(Guid.CreateVersion7(), openedAt, department, complaint, "call-centre", "medium", openedAt, openedAt + ResponseTime, resolutionDueAt);

    /// <summary>Responded <paramref name="minutes"/> after the cycle started (the opening, unless given).</summary>
    public static ComplaintResponded Responded(string department, Guid complaint, DateTimeOffset openedAt, double minutes,
        bool withinSla = true, int reopenCount = 0, DateTimeOffset? cycleStartedAt = null)
    {
        var cycle = cycleStartedAt ?? openedAt;
        return new(Guid.CreateVersion7(), cycle.AddMinutes(minutes), department, complaint, "call-centre", "medium", openedAt, cycle,
            cycle.AddMinutes(minutes), cycle + ResponseTime, withinSla, minutes, reopenCount);
    }

    /// <summary>Resolved <paramref name="hours"/> after opening.</summary>
    public static ComplaintResolved Resolved(string department, Guid complaint, DateTimeOffset openedAt, double hours,
        bool withinSla, bool firstResponseWithinSla, DateTimeOffset resolutionDueAt) =>
        new(Guid.CreateVersion7(), openedAt.AddHours(hours), department, complaint, "call-centre", "medium", openedAt, openedAt,
            openedAt.AddMinutes(1), openedAt + ResponseTime, firstResponseWithinSla, openedAt.AddHours(hours), resolutionDueAt, withinSla,
            hours, 0);

    public static ComplaintSlaBreached ResolutionBreached(string department, Guid complaint, DateTimeOffset openedAt, DateTimeOffset dueAt) =>
        new(Guid.CreateVersion7(), dueAt.AddMinutes(1), department, complaint, ComplaintSlaBreached.Resolution, dueAt, "medium",
            "call-centre", openedAt, openedAt, 0);

    public static AuditCompleted Audit(string department, DateTimeOffset at, string kind, double? score, int passed, int applicable) =>
        new(Guid.CreateVersion7(), at, department, Guid.NewGuid(), kind, "SOP-1", 1, "auditor-1", score,
            applicable == 0 ? null : 100.0 * passed / applicable, score >= 80, passed, applicable - passed, applicable, passed,
            applicable, [], []);

    public static CorrectiveActionPlanned Planned(string department, Guid action, DateTimeOffset dueAt) =>
        new(Guid.CreateVersion7(), dueAt.AddDays(-10), department, action, Guid.NewGuid(), "staff-1", dueAt, "fix it");

    public static CorrectiveActionCompleted Completed(string department, Guid action, DateTimeOffset dueAt, DateTimeOffset completedAt) =>
        new(Guid.CreateVersion7(), completedAt, department, action, Guid.NewGuid(), dueAt, completedAt, completedAt <= dueAt, "done");

    public static CorrectiveActionOverdue Overdue(string department, Guid action, DateTimeOffset dueAt) =>
        new(Guid.CreateVersion7(), dueAt.AddHours(1), department, action, Guid.NewGuid(), "staff-1", dueAt);

    public static ServqualResponseRecorded Servqual(string department, DateTimeOffset at, double[] gaps, double? weighted) =>
        new(Guid.CreateVersion7(), at, department, Guid.NewGuid(), new ServqualDimensionGaps(gaps[0], gaps[1], gaps[2], gaps[3], gaps[4]),
            gaps.Average(), weighted, weighted is null ? null : new ServqualDimensionWeights(20, 20, 20, 20, 20));

    public static StaffAssessed Assessed(string department, string staff, string period, DateTimeOffset periodStart, double score, Guid? assessment = null) =>
        new(Guid.CreateVersion7(), periodStart, department, assessment ?? Guid.NewGuid(), staff, period, score, "assessor-1");
}
