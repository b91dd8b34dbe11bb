using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.ServiceDefaults.Tests.Security;

/// <summary>A logger provider that keeps the formatted warnings (and worse) of one category.</summary>
public sealed class CapturedWarnings(string category) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName == category ? lines : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string>? lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => lines is not null && logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines!.Enqueue(formatter(state, exception));
            }
        }
    }
}
