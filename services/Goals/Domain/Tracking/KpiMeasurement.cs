namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>One actual value of a KPI: the value, when it was observed, where it came from and who recorded it.</summary>
public sealed class KpiMeasurement
{
    private KpiMeasurement() { }

    public Guid Id { get; private set; }

    public Guid KpiId { get; private set; }

    public Guid GoalId { get; private set; }

    public double Value { get; private set; }

    public long? SampleSize { get; private set; }

    public DateTimeOffset ObservedAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public MeasurementSource Source { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public static KpiMeasurement Take(Guid goalId, Guid kpiId, double value, long? sampleSize, DateTimeOffset observedAt,
        MeasurementSource source, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GoalId = goalId,
        KpiId = kpiId,
        Value = value,
        SampleSize = sampleSize,
        ObservedAt = observedAt.ToUniversalTime(), // Npgsql stores timestamptz from UTC offsets only
        RecordedAt = now,
        Source = source,
        RecordedBy = recordedBy,
    };
}
