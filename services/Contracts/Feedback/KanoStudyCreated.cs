namespace ServiceExcellence.Contracts.Feedback;

/// <summary>A department started a KANO study (需求分析) over the listed features.</summary>
public sealed record KanoStudyCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid StudyId,
    string Name,
    IReadOnlyList<string> Features) : IIntegrationEvent;
