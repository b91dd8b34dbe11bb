using System.Net;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Streams the client's request body to the upstream chunk by chunk (never buffering it whole), starting with what
/// <see cref="BodyChunks.StartAsync"/> read, restarting the activity timer on progress and remembering a failure to read
/// from the client so it is not blamed on the upstream. It can be sent once: what the client sent is not kept.
/// </summary>
public sealed class RequestBodyContent(BodyChunks body, ActivityTimeout activity) : HttpContent
{
    private int _sent;

    /// <summary>Set when reading the client's body failed (client gone, body too large, malformed chunking).</summary>
    public Exception? ClientReadFailure { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _sent, 1) == 1)
        {
            throw new InvalidOperationException("A streamed request body cannot be sent twice.");
        }

        try
        {
            for (var chunk = body.Current; !chunk.IsEmpty; chunk = await NextFromClientAsync(cancellationToken))
            {
                activity.Reset();
                await stream.WriteAsync(chunk, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                activity.Reset();
            }
        }
        finally
        {
            body.Release();
        }
    }

    private async ValueTask<ReadOnlyMemory<byte>> NextFromClientAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await body.NextAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            ClientReadFailure = ex;
            throw;
        }
    }

    // Unknown length: the copied Content-Length header, when the client sent one, is what the upstream sees.
    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
