using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.Contracts.Audits;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>Maps a published standard version to its integration event.</summary>
internal static class StandardEvents
{
    public static StandardPublished Published(ServiceStandard s) => new(
        Guid.CreateVersion7(s.PublishedAt), s.PublishedAt, s.DepartmentCode ?? StandardPublished.AllDepartments, s.Code, s.Version,
        s.Title, s.PassMark, s.Items.Count, s.CriticalItemCount);
}
