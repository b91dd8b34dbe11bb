using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Testing;

namespace ServiceExcellence.Testing;

/// <summary>
/// The checks every service's opt-in test clock (<see cref="TestClock"/>) must pass, whatever jobs its advance runs:
/// absent by default, and when enabled moved only by an admin and only forward.
/// </summary>
public static class TestClockChecks
{
    /// <summary>Without the setting the advance route is a 404 and the service runs on the system clock.</summary>
    public static async Task AssertAbsentAsync<TProgram>(ServiceFactory<TProgram> service, string route) where TProgram : class
    {
        var response = await service.CreateAdminClient().PostAsJsonAsync(route, new { hours = 4 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Same(TimeProvider.System, service.Services.GetRequiredService<TimeProvider>());
    }

    /// <summary>With the setting, a non-admin gets 403 and an admin moving the clock backwards gets 400 naming <c>hours</c>.</summary>
    public static async Task AssertOnlyAnAdminMovesItForwardAsync<TProgram>(ServiceFactory<TProgram> factory, string service, string route)
        where TProgram : class
    {
        await using var clocked = factory.WithWebHostBuilder(builder => builder.UseSetting(TestClock.EnabledKeyOf(service), "true"));
        var manager = factory.CreateClientOf(clocked, "mgr-clock", [Roles.Manager, Roles.Auditor], "dept");
        var admin = factory.CreateClientOf(clocked, "admin-clock", [Roles.Admin]);

        var refused = await manager.PostAsJsonAsync(route, new { hours = 1 });
        var backwards = await admin.PostAsJsonAsync(route, new { hours = -1 });

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        await backwards.AssertProblemAsync(HttpStatusCode.BadRequest, "hours");
    }
}
