using ServiceExcellence.AppHost.Orchestration;

namespace ServiceExcellence.AppHost.Tests.Model;

public sealed class BackoffTests
{
    [Fact]
    public void Restart_delays_double_from_one_second_up_to_thirty()
    {
        var backoff = new Backoff();

        var delays = Enumerable.Range(0, 8).Select(_ => (int)backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
    }

    [Fact]
    public void Restart_delays_start_over_only_after_the_process_stayed_healthy_for_a_while()
    {
        var backoff = new Backoff();
        backoff.Next();
        backoff.Next();

        backoff.ResetIfStable(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(4), backoff.Next());

        backoff.ResetIfStable(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }
}
