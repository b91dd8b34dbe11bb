namespace ServiceExcellence.Audits.Domain;

/// <summary>A record that belongs to one department, so reads are scoped to the caller's departments the same way.</summary>
public interface IDepartmentRecord
{
    string DepartmentCode { get; }
}
