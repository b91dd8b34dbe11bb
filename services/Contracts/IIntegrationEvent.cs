namespace ServiceExcellence.Contracts;

/// <summary>An event one service publishes for the others; every event names the department it concerns.</summary>
public interface IIntegrationEvent
{
    /// <summary>Unique per event (a version-7 GUID); consumers deduplicate on it.</summary>
    Guid EventId { get; }

    /// <summary>When the change happened, UTC.</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The department the event concerns.</summary>
    string DepartmentCode { get; }
}
