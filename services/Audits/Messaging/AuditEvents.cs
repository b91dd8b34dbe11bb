using ServiceExcellence.Audits.Domain.Audits;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>Maps a recorded audit to <see cref="AuditCompleted"/>, with unrounded figures so reports aggregate exactly.</summary>
internal static class AuditEvents
{
    public static AuditCompleted Completed(Audit a, AuditScore score, IReadOnlyList<Guid> nonconformityIds) => new(
        Guid.CreateVersion7(a.RecordedAt), a.ConductedAt, a.DepartmentCode, a.Id, KebabCase.Of(a.Kind), a.StandardCode,
        a.StandardVersion, a.AuditorId, a.Score, a.ComplianceRate, a.Passed, a.PassedItems, a.FailedItems, a.ApplicableItems,
        a.PassedWeight, a.ApplicableWeight,
        score.Dimensions.Select(d => new AuditDimensionResult(
            KebabCase.Of(d.Dimension), d.PassedItems, d.ApplicableItems, d.PassedWeight, d.ApplicableWeight, d.Score)).ToList(),
        nonconformityIds);
}
