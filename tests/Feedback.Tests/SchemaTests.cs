using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests;

[Collection(FeedbackServiceCollection.Name)]
public sealed class SchemaTests(FeedbackService service)
{
    [Fact]
    public async Task The_migrations_create_exactly_the_schema_the_model_describes()
    {
        var differences = await SchemaComparison.MigrationsVersusModelAsync<FeedbackDbContext>(
            service.Infrastructure.ConnectionStrings["feedbackdb"], options => new FeedbackDbContext(options));

        Assert.True(differences.Count == 0, "Migrations and model differ:\n" + string.Join('\n', differences));
    }
}
