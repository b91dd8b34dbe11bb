using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Gateway.Tests.Support;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ApiKeyAdministrationTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_new_key_is_shown_once_and_listed_without_it_by_prefix_departments_and_origins()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();
        var department = TestKeys.UniqueDepartment();

        var created = await TestKeys.CreateAsync(gateway, [department], "https://www.example.com");

        Assert.Matches("^sek_[A-Za-z0-9_-]{43}$", created.Key);
        Assert.StartsWith(created.Prefix, created.Key);
        var listing = await admin.GetStringAsync(TestKeys.Route + "?pageSize=200");
        Assert.DoesNotContain(created.Key, listing);
        var page = JsonSerializer.Deserialize<JsonElement>(listing);
        var listed = page.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == created.Id);
        Assert.Equal(created.Prefix, listed.GetProperty("prefix").GetString());
        Assert.Equal([department], listed.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["https://www.example.com"], listed.GetProperty("allowedOrigins").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("gateway-test-admin", listed.GetProperty("createdBy").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task Only_the_hash_of_a_key_is_stored()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();

        var created = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);

        await using var connection = new Npgsql.NpgsqlConnection(infrastructure.ConnectionStrings["gatewaydb"]);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT row_to_json(k)::text FROM api_keys k WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", created.Id);
        var row = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain(created.Key, row);
        Assert.DoesNotContain(created.Key[created.Prefix.Length..], row);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_each_failing_field()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync(TestKeys.Route,
            new { name = "", departments = new[] { "Not A Code" }, allowedOrigins = new[] { "https://example.com/path", "ftp://x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var field in new[] { "name", "departments", "allowedOrigins" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}'");
        }
    }

    [Fact]
    public async Task A_department_the_gateway_has_not_heard_of_is_refused_naming_the_field()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();
        var unheardOf = TestKeys.UniqueDepartment("unheard-of");

        using var response = await admin.PostAsJsonAsync(TestKeys.Route, new { name = "x", departments = new[] { unheardOf } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(unheardOf, problem.GetProperty("errors").GetProperty("departments")[0].GetString());
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("intake")]
    public async Task Only_an_admin_may_manage_keys(string role)
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var client = gateway.CreateClientAs("not-an-admin", [role], "sales");

        using var create = await client.PostAsJsonAsync(TestKeys.Route, new { name = "x", departments = new[] { "sales" } });
        using var list = await client.GetAsync(TestKeys.Route);
        using var anonymous = await gateway.CreateClient().GetAsync(TestKeys.Route);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Revoking_records_the_time_and_a_second_revocation_is_a_conflict_naming_the_state()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();
        var created = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);

        await TestKeys.RevokeAsync(admin, created.Id);
        using var again = await admin.DeleteAsync($"{TestKeys.Route}/{created.Id}");
        using var unknown = await admin.DeleteAsync($"{TestKeys.Route}/{Guid.CreateVersion7()}");

        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, CancellationToken.None);
        Assert.Contains("already revoked", problem.GetProperty("detail").GetString());
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, CancellationToken.None);
        var page = await admin.GetFromJsonAsync<PagedResult<JsonElement>>(TestKeys.Route + "?pageSize=200");
        var listed = page!.Items.Single(k => k.GetProperty("id").GetGuid() == created.Id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task Paging_outside_the_allowed_range_is_refused_naming_the_field()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();

        using var response = await admin.GetAsync(TestKeys.Route + "?pageSize=500");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, CancellationToken.None);
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task The_migrations_create_exactly_the_schema_the_model_describes()
    {
        var differences = await SchemaComparison.MigrationsVersusModelAsync<GatewayDbContext>(
            infrastructure.ConnectionStrings["gatewaydb"], options => new GatewayDbContext(options));

        Assert.True(differences.Count == 0, "Migrations and model differ:\n" + string.Join('\n', differences));
    }
}
