using System.Buffers;
using System.Net;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Streams the client's request body to the upstream chunk by chunk (never buffering it whole), starting with what
/// <see cref="BodyStart"/> read, restarting the activity timer on progress and remembering a failure to read from the
/// client so it is not blamed on the upstream. It can be sent once: what the client sent is not kept.
/// </summary>
public sealed class RequestBodyContent(Stream clientBody, ActivityTimeout activity, byte[] pooledBuffer, BodyStart start) : HttpContent
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

        var buffer = pooledBuffer;
        var pending = start.Pending;
        try
        {
            var (offset, read) = (0, start.Length);
            while (read > 0)
            {
                activity.Reset();
                await stream.WriteAsync(buffer.AsMemory(offset, read), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                activity.Reset();

                try
                {
                    // The read after the start was begun already, into the buffer right after the start.
                    (offset, read) = pending is { } next
                        ? (offset + read, await next)
                        : (0, await clientBody.ReadAsync(buffer, cancellationToken));
                }
                catch (Exception ex)
                {
                    ClientReadFailure = ex;
                    throw;
                }
                finally
                {
                    pending = null;
                }
            }
        }
        finally
        {
            // A read still pending (sending failed before it was awaited) may write into the buffer later: the pool
            // must not hand it to another request, so it is left to the collector.
            if (pending is null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    // Unknown length: the copied Content-Length header, when the client sent one, is what the upstream sees.
    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
