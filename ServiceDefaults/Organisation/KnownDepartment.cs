namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>A service's local copy of a department from the Goals service's organisation tree.</summary>
public sealed class KnownDepartment
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>When the change this copy reflects happened; older events arriving late are ignored.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
