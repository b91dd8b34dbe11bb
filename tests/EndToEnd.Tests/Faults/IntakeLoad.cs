using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.EndToEnd.Tests.Faults;

/// <summary>
/// A bounded intake load through the gateway: a few concurrent clients each post feedback entries for one department,
/// each entry with its own Idempotency-Key, pausing briefly between posts, until stopped. Every attempt is recorded;
/// entries left ambiguous are later retried with the same key until they get a definite answer, as a real client would.
/// </summary>
public sealed class IntakeLoad(HttpClient client, string department, int clients = 6) : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    private readonly ConcurrentDictionary<string, IntakeAttempt> _final = new();
    private readonly ConcurrentBag<IntakeAttempt> _attempts = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private Task _running = Task.CompletedTask;
    private int _next;

    /// <summary>Time on the load's clock, to mark when a fault began and ended.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Every first attempt of the load (not the resolving retries).</summary>
    public IReadOnlyCollection<IntakeAttempt> Attempts => _attempts;

    /// <summary>Each entry's last known answer.</summary>
    public IReadOnlyList<IntakeAttempt> Final => [.. _final.Values];

    public int Count(IntakeOutcome outcome) => _final.Values.Count(a => a.Outcome == outcome);

    public void Start() =>
        _running = Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(RunClientAsync)));

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    /// <summary>
    /// Submits one entry before the load, to learn whether Feedback knows the department yet; only an accepted one is
    /// recorded (a refused one is not stored, and would only blur the counts of what the fault did).
    /// </summary>
    public async Task<IntakeAttempt> SubmitOneAsync()
    {
        var attempt = await SendAsync(NewKey());
        if (attempt.Outcome == IntakeOutcome.Accepted)
        {
            _attempts.Add(attempt);
            _final[attempt.Key] = attempt;
        }

        return attempt;
    }

    /// <summary>
    /// Retries every ambiguous entry with its own key until it is accepted or refused. A retry may land while the first
    /// attempt's claim on the key is still held ("Request in progress", 409) or before the path is fully back (502–504):
    /// those are retried too. Returns how many entries were resolved.
    /// </summary>
    public async Task<int> ResolveAmbiguousAsync(TimeSpan limit)
    {
        var ambiguous = _final.Values.Where(a => a.Outcome == IntakeOutcome.Ambiguous).Select(a => a.Key).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ambiguous, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (key, _) =>
        {
            while (true)
            {
                var attempt = await SendAsync(key);
                _final[key] = attempt;
                if (!IsWorthRetrying(attempt) || clock.Elapsed > limit)
                {
                    return;
                }

                await Task.Delay(500);
            }
        });
        return ambiguous.Count;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private static bool IsWorthRetrying(IntakeAttempt attempt) =>
        attempt.Outcome == IntakeOutcome.Ambiguous
        || attempt.Status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests
        || attempt.Title == "Request in progress";

    private async Task RunClientAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var attempt = await SendAsync(NewKey());
            _attempts.Add(attempt);
            _final[attempt.Key] = attempt;
            try
            {
                await Task.Delay(Pause, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private string NewKey() => $"faults-{_run}-{Interlocked.Increment(ref _next)}";

    private async Task<IntakeAttempt> SendAsync(string key)
    {
        // The body follows from the key, so a retry is byte-for-byte the same request (the service checks that).
        var n = int.Parse(key[(key.LastIndexOf('-') + 1)..]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback")
        {
            Content = JsonContent.Create(new { channel = "web", departmentCode = department, customerRef = key, csat = 1 + n % 5, nps = n % 11 }),
        };
        request.Headers.Add("Idempotency-Key", key);
        var startedAt = _clock.Elapsed;
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return new IntakeAttempt(key, IntakeAttempt.Classify(response.StatusCode), response.StatusCode,
                response.Content.Headers.ContentType?.MediaType, TitleOf(body), startedAt, _clock.Elapsed - startedAt);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return new IntakeAttempt(key, IntakeOutcome.Ambiguous, null, null, e.GetType().Name, startedAt, _clock.Elapsed - startedAt);
        }
    }

    private static string? TitleOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out var title)
                ? title.GetString()
                : null;
        }
        catch (JsonException)
        {
            return body.Length > 80 ? body[..80] : body;
        }
    }
}
