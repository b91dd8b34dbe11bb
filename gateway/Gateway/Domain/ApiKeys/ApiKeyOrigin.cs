namespace ServiceExcellence.Gateway.Domain.ApiKeys;

/// <summary>Browser origins as keys store and compare them: <c>scheme://host[:port]</c>, lowercase, no path.</summary>
public static class ApiKeyOrigin
{
    public static bool IsValid(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) &&
        uri.Scheme is "https" or "http" &&
        uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) &&
        string.IsNullOrEmpty(uri.UserInfo) &&
        !origin!.TrimEnd('/').EndsWith(':');

    /// <summary>The form browsers send in <c>Origin</c>; call only for valid origins.</summary>
    public static string Normalize(string origin)
    {
        var uri = new Uri(origin, UriKind.Absolute);
        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
    }
}
