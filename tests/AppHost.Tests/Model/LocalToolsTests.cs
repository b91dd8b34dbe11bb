using ServiceExcellence.AppHost.Infrastructure;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Model;

/// <summary>Where the operating system's programs are found, and what is said when one is missing.</summary>
public sealed class LocalToolsTests
{
    [Fact]
    public void A_missing_tool_is_named_in_one_line_with_the_package_that_installs_it()
    {
        Assert.Equal("epmd not found: run eng/prereqs.sh (or: apt-get install -y erlang-base)", LocalTools.MissingMessage("epmd"));
        Assert.Equal("initdb not found: run eng/prereqs.sh (or: apt-get install -y postgresql)", LocalTools.MissingMessage("initdb"));
        Assert.Null(LocalTools.Missing(["postgres", "initdb", "rabbitmq-server", "epmd", "redis-server"]));
        Assert.Equal(LocalTools.MissingMessage("no-such-tool"), LocalTools.Missing(["postgres", "no-such-tool"]));
    }

    [Fact]
    public void RabbitMQ_is_the_script_that_runs_as_the_caller_never_the_one_that_switches_user() =>
        Assert.Equal("/usr/lib/rabbitmq/bin/rabbitmq-server", LocalTools.Find("rabbitmq-server"));

    [Fact]
    public void PostgreSQL_comes_from_the_highest_installed_major_version()
    {
        var highest = Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture)).Max();
        Assert.Equal($"/usr/lib/postgresql/{highest}/bin/postgres", LocalTools.Find("postgres"));
    }

    [Fact]
    public void Credentials_are_generated_once_readable_only_by_their_owner_and_reused_by_the_next_run()
    {
        using var data = new ScratchDirectory();
        var first = new LocalSecrets(data.Path).GetOrCreate("postgres-password");
        var again = new LocalSecrets(data.Path).GetOrCreate("postgres-password");
        Assert.Equal(first, again);
        Assert.Matches("^[A-Za-z0-9]{24}$", first);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data.Path, "secrets", "postgres-password")));
    }

    [Fact]
    public void The_signing_key_is_a_private_RSA_2048_key_readable_only_by_its_owner()
    {
        using var data = new ScratchDirectory();
        var path = new LocalSecrets(data.Path).SigningKeyPath();
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        Assert.Equal(2048, rsa.KeySize);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(path, new LocalSecrets(data.Path).SigningKeyPath());
    }
}
