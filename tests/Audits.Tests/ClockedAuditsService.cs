using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Audits.CorrectiveActions;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests;

/// <summary>An Audits instance on a <see cref="ManualClock"/>; its own job timer is slowed to an hour.</summary>
internal sealed class ClockedAuditsService(AuditsService service) : ClockedService<Program>(service.Factory,
    builder => builder.UseSetting($"{CorrectiveActionJobOptions.Section}:Interval", "01:00:00"))
{
    /// <summary>This instance's bus: it competes with the shared service for the same queues.</summary>
    public IBus Bus => Services.GetRequiredService<IBus>();

    /// <summary>Runs one overdue scan at the clock's current time.</summary>
    public Task<int> ScanOverdueAsync() => RunAsync<OverdueActionScanner, int>((scanner, ct) => scanner.ScanAsync(ct));

    /// <summary>Runs one automatic effectiveness check at the clock's current time.</summary>
    public Task<int> VerifyEffectivenessAsync() => RunAsync<EffectivenessVerifier, int>((verifier, ct) => verifier.ScanAsync(ct));
}
