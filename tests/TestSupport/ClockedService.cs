using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceExcellence.Testing;

/// <summary>
/// A second instance of a service in process, on the same database and broker as the shared one, whose "now" the test
/// moves with a <see cref="ManualClock"/>. <paramref name="configure"/> slows its own job timers (so only the test's
/// scans run) and sets anything else the test needs.
/// </summary>
public class ClockedService<TProgram> : IAsyncDisposable where TProgram : class
{
    private readonly ServiceFactory<TProgram> _shared;
    private readonly WebApplicationFactory<TProgram> _factory;

    public ClockedService(ServiceFactory<TProgram> shared, Action<IWebHostBuilder> configure)
    {
        _shared = shared;
        // Start at the real time so tokens (checked against the real clock) and the shared service's own scans agree.
        Clock = new ManualClock(DateTimeOffset.UtcNow);
        _factory = shared.WithWebHostBuilder(builder =>
        {
            configure(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client of this instance with a token from the shared one (same key, issued on the real clock).</summary>
    public HttpClient CreateClientAs(string subject, string[] roles, params string[] departments) =>
        _shared.CreateClientOf(_factory, subject, roles, departments);

    /// <summary>Runs one pass of a scoped job (a scanner) at the clock's current time, as the background timer would.</summary>
    protected async Task<TResult> RunAsync<TJob, TResult>(Func<TJob, CancellationToken, Task<TResult>> pass) where TJob : notnull
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await pass(scope.ServiceProvider.GetRequiredService<TJob>(), CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return _factory.DisposeAsync();
    }
}
