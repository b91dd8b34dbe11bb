namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>A request's method, URI, headers, options and buffered body, from which a fresh copy is made for each retry.</summary>
/// <remarks>
/// Taken before the first attempt, so headers that inner handlers add while sending (e.g. <c>traceparent</c>)
/// are not carried over and each attempt gets its own.
/// </remarks>
internal sealed class RequestSnapshot
{
    private readonly HttpRequestMessage original;
    private readonly KeyValuePair<string, string[]>[] headers;
    private readonly byte[]? body;
    private readonly KeyValuePair<string, string[]>[] contentHeaders;

    private RequestSnapshot(HttpRequestMessage original, byte[]? body)
    {
        this.original = original;
        this.body = body;
        headers = [.. original.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))];
        contentHeaders = original.Content is null
            ? []
            // Content-Length is recomputed from the buffered bytes.
            : [.. original.Content.Headers
                .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))];
    }

    public static async Task<RequestSnapshot> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Reading buffers the original content too, so the first attempt can still send the original request.
        var body = request.Content is null
            ? null
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new RequestSnapshot(request, body);
    }

    public HttpRequestMessage CreateCopy()
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
        };

        foreach (var (name, values) in headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in original.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[key] = value;
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in contentHeaders)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return copy;
    }
}
