using System.Text.Json;

namespace ServiceExcellence.DemoData;

/// <summary>Departments, staff and the intake API keys; everything keyed by its natural key (code, id, name).</summary>
internal static class OrganisationStep
{
    /// <summary>The services that keep a copy of the tree, which must know a department before it is used there.</summary>
    private static readonly string[] CopyRoutes =
        ["/api/feedback/departments", "/api/audits/departments", "/api/reports/departments", "/api/gateway/departments"];

    public static async Task<int> LoadAsync(SuiteApi api, Action<string> log, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var department in DemoCatalogue.Departments)
        {
            var body = new { code = department.Code, name = department.Name, parentCode = department.ParentCode };
            created += await api.CreateOnceAsync("/api/organisation/departments", body, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        foreach (var (id, name, departmentCode) in DemoCatalogue.Staff)
        {
            created += await api.CreateOnceAsync("/api/organisation/staff", new { id, name, departmentCode }, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        var codes = DemoCatalogue.Departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        try
        {
            await WaitForCopiesAsync(api, codes, TimeSpan.FromSeconds(15), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            // A copy begun after these departments were registered (data of an older version) never heard of them.
            log($"organisation: {e.Message} Asking Goals to publish the organisation again.");
            await api.PostAsync("/api/organisation/departments/republish", null, cancellationToken).ConfigureAwait(false);
            await WaitForCopiesAsync(api, codes, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        }

        log($"organisation: {DemoCatalogue.Departments.Count} departments and {DemoCatalogue.Staff.Count()} staff ({created} new)");
        return created;
    }

    private static async Task WaitForCopiesAsync(SuiteApi api, IReadOnlySet<string> codes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        foreach (var route in CopyRoutes)
        {
            await SuiteApi.WaitUntilAsync($"{route} to list the demo departments", async () =>
            {
                var known = await api.GetAsync(route, cancellationToken).ConfigureAwait(false);
                return codes.IsSubsetOf(known.EnumerateArray().Select(d => d.GetProperty("code").GetString()!));
            }, timeout, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The key of an intake client (web widget, call-centre system) by name. A key's secret is shown only when it is
    /// created: for a key made by an earlier run this answers null and the caller sends as the administrator instead.
    /// </summary>
    public static async Task<string?> ApiKeyAsync(SuiteApi api, string name, CancellationToken cancellationToken)
    {
        var keys = await api.ListAsync("/api/gateway/api-keys", cancellationToken).ConfigureAwait(false);
        if (keys.Any(k => k.GetProperty("name").GetString() == name && !IsRevoked(k)))
        {
            return null;
        }

        var departments = DemoCatalogue.Departments.Select(d => d.Code).ToArray();
        var created = await api.PostAsync("/api/gateway/api-keys", new { name, departments, allowedOrigins = Array.Empty<string>() },
            cancellationToken).ConfigureAwait(false);
        return created.GetProperty("key").GetString();
    }

    private static bool IsRevoked(JsonElement key) =>
        key.TryGetProperty("revokedAt", out var revoked) && revoked.ValueKind != JsonValueKind.Null;
}
