namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>
/// Told after a department's copy has been committed (registered, renamed or moved), so that a service can drop what
/// it derived from the organisation in memory. Also called for a redelivered event: dropping twice is harmless.
/// </summary>
public interface IDepartmentDirectoryObserver
{
    Task DepartmentChangedAsync(string departmentCode, CancellationToken cancellationToken);
}
