namespace ServiceExcellence.Goals.Domain.Organisation;

/// <summary>Rules over the shape of the department tree.</summary>
public static class OrganisationTree
{
    /// <summary>
    /// True when making <paramref name="newParentCode"/> the parent of <paramref name="code"/> would close a loop,
    /// i.e. the new parent is the department itself or one of its descendants.
    /// </summary>
    public static bool WouldCreateCycle(string code, string? newParentCode, IReadOnlyDictionary<string, string?> parentOf)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var current = newParentCode; current is not null; current = parentOf.GetValueOrDefault(current))
        {
            if (current == code || !visited.Add(current))
            {
                return true;
            }
        }

        return false;
    }
}
