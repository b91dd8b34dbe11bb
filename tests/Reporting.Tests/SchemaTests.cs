using ServiceExcellence.Reporting.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Reporting.Tests;

[Collection(ReportingServiceCollection.Name)]
public sealed class SchemaTests(ReportingService service)
{
    [Fact]
    public async Task The_migrations_create_exactly_the_schema_the_model_describes()
    {
        var differences = await SchemaComparison.MigrationsVersusModelAsync<ReportingDbContext>(
            service.Infrastructure.ConnectionStrings["reportingdb"], options => new ReportingDbContext(options));

        Assert.True(differences.Count == 0, "Migrations and model differ:\n" + string.Join('\n', differences));
    }
}
