using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Model;

public sealed class BinaryLocatorTests
{
    [Fact]
    public void RabbitMQ_is_the_script_that_runs_as_the_caller_never_the_one_that_switches_user()
    {
        var path = SystemBinaryLocator.Instance.Find("rabbitmq-server");

        Assert.Equal("/usr/lib/rabbitmq/bin/rabbitmq-server", path);
    }

    [Fact]
    public void PostgreSQL_comes_from_the_highest_installed_major_version()
    {
        var highest = Directory.GetDirectories("/usr/lib/postgresql").Select(d => int.Parse(Path.GetFileName(d))).Max();

        Assert.Equal($"/usr/lib/postgresql/{highest}/bin/postgres", SystemBinaryLocator.Instance.Find("postgres"));
    }

    [Fact]
    public void Every_tool_the_suite_needs_is_named_with_the_package_that_installs_it()
    {
        var binaries = new Binaries(new FakeBinaryLocator("redis-server", "epmd"));

        Assert.Equal("redis-server not found: run eng/prereqs.sh (or: apt-get install -y redis-server)",
            Assert.Throws<PrerequisiteException>(() => binaries.Require("redis-server")).Message);
        Assert.Equal("epmd not found: run eng/prereqs.sh (or: apt-get install -y erlang-base)",
            Assert.Throws<PrerequisiteException>(() => binaries.Require("epmd")).Message);
    }
}
