using ServiceExcellence.Audits.Domain.Standards;

namespace ServiceExcellence.Audits.Api.Standards;

/// <summary>One version of a standard with its items; <c>departmentCode</c> is null for every department.</summary>
public sealed record StandardResponse(
    Guid Id,
    string Code,
    int Version,
    string Title,
    string? DepartmentCode,
    double PassMark,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    IReadOnlyList<StandardItemResponse> Items)
{
    public static StandardResponse From(ServiceStandard s) => new(
        s.Id, s.Code, s.Version, s.Title, s.DepartmentCode, s.PassMark, s.PublishedAt, s.PublishedBy,
        s.Items.OrderBy(i => i.Position)
            .Select(i => new StandardItemResponse(i.Id, i.Position, i.Text, i.Weight, i.Critical, i.ServqualDimension)).ToList());
}

/// <summary>An item of a standard version; audits answer it by <c>id</c>.</summary>
public sealed record StandardItemResponse(Guid Id, int Position, string Text, double Weight, bool Critical, ServqualDimension? ServqualDimension);

/// <summary>The latest version of a standard, as the list shows it.</summary>
public sealed record StandardSummaryResponse(
    string Code, int Version, string Title, string? DepartmentCode, double PassMark, DateTimeOffset PublishedAt, int ItemCount);
