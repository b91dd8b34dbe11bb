using Npgsql;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Api;

/// <summary>The departments this service knows (its event-fed copy), with names and parents, read per request.</summary>
public sealed class OrganisationTree(IReadOnlyDictionary<string, KnownDepartmentResponse> departments)
{
    public IReadOnlyDictionary<string, KnownDepartmentResponse> Departments => departments;

    public static async Task<OrganisationTree> LoadAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT code, name, parent_code, changed_at FROM {DepartmentDirectoryModel.Table}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var departments = new Dictionary<string, KnownDepartmentResponse>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            departments[code] = new KnownDepartmentResponse(code, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3));
        }

        return new OrganisationTree(departments);
    }

    public string NameOf(string code) => departments.TryGetValue(code, out var d) ? d.Name : code;

    /// <summary>The department and every department below it.</summary>
    public IReadOnlyList<string> Subtree(string code)
    {
        var children = departments.Values.Where(d => d.ParentCode is not null).ToLookup(d => d.ParentCode!, d => d.Code);
        var result = new List<string>();
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            if (!result.Contains(next))
            {
                result.Add(next);
                foreach (var child in children[next])
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }

    /// <summary>The department and its ancestors, nearest first (a cycle in bad data ends the walk).</summary>
    public IEnumerable<string> SelfAndAncestors(string code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = code; current is not null && seen.Add(current); current = departments.GetValueOrDefault(current)?.ParentCode)
        {
            yield return current;
        }
    }
}
