namespace ServiceExcellence.EndToEnd.Tests.Authorization;

/// <summary>What a route answers each caller: allowed callers pass authorization, anonymous ones get 401, the rest 403.</summary>
public enum RouteKind
{
    /// <summary>Allowed callers get anything but 401/403/5xx (a 409 from an earlier caller's state change still passed authorization).</summary>
    Command,

    /// <summary>A list of the department's records: allowed callers see them; others get 403 or an empty page, never the records.</summary>
    ScopedList,

    /// <summary>A batch with per-entry errors: allowed callers get their entry accepted; others get 403 or every entry rejected.</summary>
    Batch,
}

/// <summary>One row of the matrix: a route, the request it sends, and who may call it.</summary>
public sealed record RouteRule(string Method, string Path, Func<MatrixWorld, object?>? Body, Caller[] Allowed, RouteKind Kind = RouteKind.Command)
{
    public string Name => $"{Method} {Path}";
}
