namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>One page of a list and the total number of items across all pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>Paging parameters as every list endpoint takes them: <c>page</c> from 1, <c>pageSize</c> up to 200.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads the query values, answering with the failing field when they are out of range.</summary>
    public static PageRequest From(int? page, int? pageSize, ValidationErrors errors)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            errors.Add("page", "'page' must be 1 or more.");
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");
        }

        return new PageRequest(Math.Max(p, 1), Math.Clamp(size, 1, MaxPageSize));
    }
}
