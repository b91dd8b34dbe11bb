using ServiceExcellence.Goals.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

[Collection(GoalsServiceCollection.Name)]
public sealed class SchemaTests(GoalsService service)
{
    [Fact]
    public async Task The_migrations_create_exactly_the_schema_the_model_describes()
    {
        var differences = await SchemaComparison.MigrationsVersusModelAsync<GoalsDbContext>(
            service.Infrastructure.ConnectionStrings["goalsdb"], options => new GoalsDbContext(options));

        Assert.True(differences.Count == 0, "Migrations and model differ:\n" + string.Join('\n', differences));
    }
}
