using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Testing;

/// <summary>
/// What every service that keeps a copy of the organisation must do; each service's tests inherit these facts with
/// its own service running in process on the real broker and database.
/// </summary>
public abstract class DepartmentDirectoryContract<TProgram, TContext>(
    ServiceFactory<TProgram> factory, SuiteInfrastructure infrastructure, string route, string databaseName)
    where TProgram : class
    where TContext : DbContext
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_registered_department_appears_in_the_services_copy()
    {
        var code = Unique.DepartmentCode();

        await PublishAsync(new DepartmentRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, code, "质量部 Quality", null));

        await Eventually.MatchAsync(() => NameInCopyAsync(code), n => n == "质量部 Quality", Within, "department in the copy");
    }

    [Fact]
    public async Task An_update_renames_the_copy_and_an_older_state_arriving_late_is_ignored()
    {
        var consumed = ConsumedMessages.ObserveOn(factory.Services.GetRequiredService<IBus>());
        var code = Unique.DepartmentCode();
        var registeredAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        await PublishAsync(new DepartmentRegistered(Guid.CreateVersion7(), registeredAt, code, "Old name", null));
        await PublishAsync(new DepartmentUpdated(Guid.CreateVersion7(), registeredAt.AddMinutes(2), code, "New name", null));
        await Eventually.MatchAsync(() => NameInCopyAsync(code), n => n == "New name", Within, "renamed");

        var stale = new DepartmentUpdated(Guid.CreateVersion7(), registeredAt.AddMinutes(1), code, "Stale name", null);
        await PublishAsync(stale);
        await consumed.WaitForAsync(stale.EventId, 1, Within);

        Assert.Equal("New name", await NameInCopyAsync(code));
    }

    [Fact]
    public async Task The_copy_is_readable_with_any_token_and_refused_without_one()
    {
        var anonymous = await factory.CreateClient().GetAsync(route);
        var agent = await factory.CreateClientAs("agent", [Roles.Agent], "call-centre").GetAsync(route);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);
    }

    [Fact]
    public async Task The_migrations_create_exactly_the_schema_the_model_describes()
    {
        var differences = await SchemaComparison.MigrationsVersusModelAsync<TContext>(
            infrastructure.ConnectionStrings[databaseName], options => (TContext)Activator.CreateInstance(typeof(TContext), options)!);

        Assert.True(differences.Count == 0, "Migrations and model differ:\n" + string.Join('\n', differences));
    }

    private async Task PublishAsync<T>(T message) where T : class =>
        await factory.Services.GetRequiredService<IBus>().Publish(message);

    private async Task<string?> NameInCopyAsync(string code)
    {
        var departments = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>(route);
        return departments.EnumerateArray().Where(d => d.GetProperty("code").GetString() == code)
            .Select(d => d.GetProperty("name").GetString()).SingleOrDefault();
    }
}
