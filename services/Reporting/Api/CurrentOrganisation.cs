using Npgsql;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Api;

/// <summary>
/// The organisation tree held in memory, so that a cached report needs no database round trip. Dropped when a
/// department event has been applied here (and the department's cached reports with it); reloaded when a report names
/// a code it does not hold (just registered) and after <see cref="MaxAge"/>, which bounds how stale another replica's
/// copy can be, since each organisation event reaches only one replica.
/// </summary>
public sealed class CurrentOrganisation(NpgsqlDataSource database, ReportGenerations generations, TimeProvider time)
    : IDepartmentDirectoryObserver
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private sealed record Snapshot(Task<OrganisationTree> Tree, long Version, long LoadedAt);

    private Snapshot? _current;
    private long _version;

    public Task<OrganisationTree> GetAsync(CancellationToken cancellationToken) => Usable(Volatile.Read(ref _current)).Tree.WaitAsync(cancellationToken);

    /// <summary>The tree, reloaded once first if it does not hold <paramref name="departmentCode"/>.</summary>
    public async Task<OrganisationTree> GetHoldingAsync(string departmentCode, CancellationToken cancellationToken)
    {
        var snapshot = Usable(Volatile.Read(ref _current));
        var tree = await snapshot.Tree.WaitAsync(cancellationToken);
        return tree.Departments.ContainsKey(departmentCode) ? tree : await Reload(snapshot).Tree.WaitAsync(cancellationToken);
    }

    public async Task DepartmentChangedAsync(string departmentCode, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _version); // a load already running may have read the old state: it must not be kept
        Volatile.Write(ref _current, null);
        await generations.AdvanceAsync(new HashSet<string>(StringComparer.Ordinal) { departmentCode }); // names and ranking change
    }

    private Snapshot Usable(Snapshot? snapshot) =>
        snapshot is null || snapshot.Version != Interlocked.Read(ref _version) || time.GetElapsedTime(snapshot.LoadedAt) > MaxAge ||
        snapshot.Tree.IsFaulted || snapshot.Tree.IsCanceled
            ? Reload(snapshot)
            : snapshot;

    private Snapshot Reload(Snapshot? seen)
    {
        // The version is read before the load starts, so an invalidation during the load marks this snapshot old.
        var fresh = new Snapshot(OrganisationTree.LoadAsync(database, CancellationToken.None), Interlocked.Read(ref _version), time.GetTimestamp());
        return Interlocked.CompareExchange(ref _current, fresh, seen) == seen ? fresh : Volatile.Read(ref _current) ?? fresh;
    }
}
