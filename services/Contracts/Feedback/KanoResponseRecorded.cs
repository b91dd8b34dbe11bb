namespace ServiceExcellence.Contracts.Feedback;

/// <summary>A respondent's answers to a KANO study were recorded; one classification per feature of the study.</summary>
public sealed record KanoResponseRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid StudyId,
    Guid ResponseId,
    IReadOnlyList<KanoFeatureClassification> Features) : IIntegrationEvent;
