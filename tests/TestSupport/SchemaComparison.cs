using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ServiceExcellence.Testing;

/// <summary>
/// Compares the schema the hand-written migrations produce with the one the EF model would create, so a model change
/// without its migration fails a test (the migrations are written by hand, so there is no generated snapshot).
/// </summary>
public static class SchemaComparison
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(string connectionString)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__ef_migrations_history'
            UNION ALL
            SELECT 'index ' || tablename || ' ' || regexp_replace(indexdef, '^.* USING ', '')
            FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__ef_migrations_history'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass || ' ' || contype::text || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '__ef_migrations_history'
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    /// <summary>Creates a fresh database next to <paramref name="connectionString"/>'s and returns its connection string.</summary>
    public static async Task<string> CreateScratchDatabaseAsync(string connectionString, string name)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        builder.Database = name;
        return builder.ConnectionString;
    }

    /// <summary>The schema differences between migrating and EnsureCreated, as readable lines ("-" only migrated, "+" only model).</summary>
    public static async Task<IReadOnlyList<string>> MigrationsVersusModelAsync<TContext>(
        string connectionString, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var migrated = await CreateScratchDatabaseAsync(connectionString, $"{typeof(TContext).Name.ToLowerInvariant()}_migrated");
        var modelled = await CreateScratchDatabaseAsync(connectionString, $"{typeof(TContext).Name.ToLowerInvariant()}_modelled");
        await using (var db = create(Options<TContext>(migrated)))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = create(Options<TContext>(modelled)))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var fromMigrations = await DescribeAsync(migrated);
        var fromModel = await DescribeAsync(modelled);
        return fromMigrations.Except(fromModel).Select(l => "- " + l)
            .Concat(fromModel.Except(fromMigrations).Select(l => "+ " + l)).ToList();
    }

    private static DbContextOptions<TContext> Options<TContext>(string connectionString) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
}
