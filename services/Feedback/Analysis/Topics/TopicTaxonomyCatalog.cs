using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Data;

namespace ServiceExcellence.Feedback.Analysis.Topics;

/// <summary>
/// The in-memory snapshot of every department's taxonomy the analyser reads on each comment (no database hit per
/// comment). Reloaded after a change made through this instance and periodically by <see cref="TopicTaxonomyRefresher"/>
/// for changes made through other instances; reloads are serialised so an older read never replaces a newer one.
/// </summary>
public sealed class TopicTaxonomyCatalog
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile FrozenDictionary<string, Compiled> _overrides = FrozenDictionary<string, Compiled>.Empty;

    public TopicMatcher Default { get; } = new(TopicTaxonomy.Default);

    /// <summary>The department's own taxonomy when it has one, else the default.</summary>
    public TopicMatcher For(string departmentCode) =>
        _overrides.TryGetValue(departmentCode, out var compiled) ? compiled.Matcher : Default;

    public async Task ReloadAsync(FeedbackDbContext db, CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var rows = await db.Set<DepartmentTopicTaxonomy>().AsNoTracking().ToListAsync(cancellationToken);
            var current = _overrides;
            _overrides = rows.ToFrozenDictionary(
                row => row.DepartmentCode,
                // Unchanged taxonomies keep their compiled matcher.
                row => current.TryGetValue(row.DepartmentCode, out var known) && known.ChangedAt == row.ChangedAt
                    ? known
                    : new Compiled(row.ChangedAt, new TopicMatcher(row.ToTaxonomy())),
                StringComparer.Ordinal);
        }
        finally
        {
            _reloading.Release();
        }
    }

    private sealed record Compiled(DateTimeOffset ChangedAt, TopicMatcher Matcher);
}
