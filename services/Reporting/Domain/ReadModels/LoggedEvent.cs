namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>
/// One consumed integration event as it arrived; the log is the inbox (unique event id) and the source every read
/// model is rebuilt from, replayed in <see cref="Sequence"/> order.
/// </summary>
public sealed class LoggedEvent
{
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    public required string EventType { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string DepartmentCode { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
