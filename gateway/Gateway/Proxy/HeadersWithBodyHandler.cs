using System.Net;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// Sends a request's headers together with the first bytes of its body. YARP flushes the headers on their own before it
/// copies the body (for gRPC-style streams, which the suite has none of), so every request with a body cost the
/// connection to the service a second write, and the service a second wake-up. Only that first flush is left out; the
/// body itself is copied by YARP as before, so a failed read from the client is still reported as YARP reports it.
/// </summary>
public sealed class HeadersWithBodyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } body && request.Headers.ExpectContinue != true)
        {
            request.Content = new UnflushedStart(body);
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The body as YARP copies it, its headers included, minus the flush before its first bytes.</summary>
    private sealed class UnflushedStart : HttpContent
    {
        private readonly HttpContent _body;

        public UnflushedStart(HttpContent body)
        {
            _body = body;
            foreach (var (name, values) in body.Headers.NonValidated)
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            _body.CopyToAsync(new FlushOnceWritten(stream), context, cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _body.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A write-through stream that ignores flushes until something has been written.</summary>
    private sealed class FlushOnceWritten(Stream inner) : Stream
    {
        private bool _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _written = true;
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _written = true;
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
            if (_written)
            {
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            _written ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
