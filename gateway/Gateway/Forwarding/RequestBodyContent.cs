using System.Buffers;
using System.Net;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Streams the client's request body to the upstream chunk by chunk (never buffering it whole), restarting the activity
/// timer on progress and remembering a failure to read from the client so it is not blamed on the upstream.
/// </summary>
public sealed class RequestBodyContent(Stream clientBody, ActivityTimeout activity) : HttpContent
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Set when reading the client's body failed (client gone, body too large, malformed chunking).</summary>
    public Exception? ClientReadFailure { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await clientBody.ReadAsync(buffer, cancellationToken);
                }
                catch (Exception ex)
                {
                    ClientReadFailure = ex;
                    throw;
                }

                if (read == 0)
                {
                    return;
                }

                activity.Reset();
                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                activity.Reset();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Unknown length: the copied Content-Length header, when the client sent one, is what the upstream sees.
    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
