using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>
/// Answers "is this a department we know?" on hot paths without a query per request: departments are never removed,
/// so a code once found is remembered; a code not found is looked up again next time (it may have just arrived).
/// </summary>
public sealed class KnownDepartmentCodes<TContext>(IServiceScopeFactory scopes) where TContext : DbContext
{
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public async ValueTask<bool> ContainsAsync(string code, CancellationToken cancellationToken)
    {
        if (_known.ContainsKey(code))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<TContext>().IsKnownDepartmentAsync(code, cancellationToken))
        {
            return false;
        }

        _known.TryAdd(code, true);
        return true;
    }

    /// <summary>The subset of <paramref name="codes"/> that are not known, in one query.</summary>
    public async Task<IReadOnlySet<string>> UnknownAmongAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var unresolved = codes.Where(c => !_known.ContainsKey(c)).ToHashSet(StringComparer.Ordinal);
        if (unresolved.Count == 0)
        {
            return unresolved;
        }

        await using var scope = scopes.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<TContext>().Set<KnownDepartment>()
            .Where(d => unresolved.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        foreach (var code in found)
        {
            _known.TryAdd(code, true);
            unresolved.Remove(code);
        }

        return unresolved;
    }
}
