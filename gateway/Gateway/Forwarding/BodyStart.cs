namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// The first bytes of a body being forwarded (at the start of the buffer), whether they are all of it, and the read begun
/// right after them. A small body usually arrives whole, and knowing that saves a write per hop: it is sent on with its
/// length in one write, instead of chunked with a terminator written after it.
/// </summary>
public readonly record struct BodyStart(int Length, bool Whole, ValueTask<int>? Pending)
{
    /// <summary>
    /// Reads the first chunk, then whatever else has already been received. A read that would wait is left pending, so
    /// what came first can be passed on straight away (a stream of events, an upload the other side is still sending).
    /// </summary>
    public static async ValueTask<BodyStart> ReadAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = await source.ReadAsync(buffer, cancellationToken);
        if (length == 0)
        {
            return new BodyStart(0, Whole: true, Pending: null);
        }

        while (length < buffer.Length)
        {
            var next = source.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (!next.IsCompleted)
            {
                return new BodyStart(length, Whole: false, next);
            }

            var read = await next; // already complete: a failure surfaces here, before anything was passed on
            if (read == 0)
            {
                return new BodyStart(length, Whole: true, Pending: null);
            }

            length += read;
        }

        return new BodyStart(length, Whole: false, Pending: null);
    }
}
