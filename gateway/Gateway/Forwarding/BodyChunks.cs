using System.Buffers;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// A body being forwarded, read chunk by chunk into a pooled buffer. It starts with the first chunk plus whatever else
/// has already arrived: a small body usually arrives whole, and knowing that saves a write per hop (it is sent on with
/// its length in one write, not chunked with a terminator after it). A read that would wait is left pending, so what
/// came first can be passed on straight away (a stream of events, an upload the other side is still sending).
/// </summary>
public sealed class BodyChunks(Stream source)
{
    private const int BufferSize = 64 * 1024;

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private ValueTask<int>? _pending;
    private int _pendingAt;

    /// <summary>The chunk read last; empty once the body has ended.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>True when the start (<see cref="Current"/> after <see cref="StartAsync"/>) is the whole body.</summary>
    public bool Whole { get; private set; }

    /// <summary>Reads the first chunk and whatever else has arrived; a failure surfaces here, before anything was passed on.</summary>
    public async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        var length = await source.ReadAsync(_buffer, cancellationToken);
        Whole = length == 0;
        while (!Whole && length < _buffer.Length)
        {
            var next = source.ReadAsync(_buffer.AsMemory(length), cancellationToken);
            if (!next.IsCompleted)
            {
                (_pending, _pendingAt) = (next, length);
                break;
            }

            var read = await next; // already complete
            Whole = read == 0;
            length += read;
        }

        Current = _buffer.AsMemory(0, length);
    }

    /// <summary>The next chunk: what the read left pending by the start brought, else a new read.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> NextAsync(CancellationToken cancellationToken)
    {
        if (_pending is { } pending)
        {
            _pending = null;
            return Current = _buffer.AsMemory(_pendingAt, await pending);
        }

        return Current = _buffer.AsMemory(0, await source.ReadAsync(_buffer, cancellationToken));
    }

    /// <summary>
    /// Gives the buffer back to the pool, unless a read into it is still pending (the other side failed first): that read
    /// may still write into it, so it is left to the collector rather than handed to another body.
    /// </summary>
    public void Release()
    {
        if (_pending is null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
