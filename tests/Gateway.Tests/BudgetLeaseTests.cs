using ServiceExcellence.Gateway.RateLimiting;

namespace ServiceExcellence.Gateway.Tests;

/// <summary>The lease's bookkeeping on its own: no Redis, grants handed in by the test.</summary>
public sealed class BudgetLeaseTests
{
    [Fact]
    public async Task A_lease_asks_for_the_next_block_once_half_of_its_block_is_used_and_keeps_granting_meanwhile()
    {
        var lease = new BudgetLease(block: 10);
        await RefillAsync(lease, granted: 10);

        var takes = Enumerable.Range(0, 6).Select(i => lease.TryTake()).ToList();

        Assert.Equal(Enumerable.Repeat(BudgetLease.Take.Taken, 4), takes.Take(4));
        Assert.Equal(BudgetLease.Take.TakenRefillAhead, takes[4]); // five left: half the block
        Assert.Equal(BudgetLease.Take.TakenRefillAhead, takes[5]); // still nobody has started the refill
    }

    [Fact]
    public async Task A_refill_adds_to_what_is_left_so_no_request_waits_for_redis()
    {
        var lease = new BudgetLease(block: 10);
        await RefillAsync(lease, granted: 10);
        for (var i = 0; i < 5; i++)
        {
            lease.TryTake();
        }

        await RefillAsync(lease, granted: 10);

        var takes = Enumerable.Range(0, 15).Select(i => lease.TryTake()).ToList();
        Assert.DoesNotContain(BudgetLease.Take.MustRefill, takes);
        Assert.Equal(BudgetLease.Take.MustRefill, lease.TryTake());
    }

    [Fact]
    public async Task A_lease_granted_nothing_is_exhausted_once_what_it_holds_is_used_and_stops_asking_ahead()
    {
        var lease = new BudgetLease(block: 10);
        await RefillAsync(lease, granted: 10);
        for (var i = 0; i < 5; i++)
        {
            lease.TryTake();
        }

        await RefillAsync(lease, granted: 0);

        var takes = Enumerable.Range(0, 5).Select(i => lease.TryTake()).ToList();
        Assert.Equal(Enumerable.Repeat(BudgetLease.Take.Taken, 5), takes);
        Assert.Equal(BudgetLease.Take.Exhausted, lease.TryTake());
    }

    [Fact]
    public async Task A_lease_of_blocks_of_one_is_never_refilled_ahead_so_small_limits_stay_counted_request_by_request()
    {
        var lease = new BudgetLease(block: 1);
        await RefillAsync(lease, granted: 1);

        Assert.Equal(BudgetLease.Take.Taken, lease.TryTake());
        Assert.Equal(BudgetLease.Take.MustRefill, lease.TryTake());
    }

    [Fact]
    public async Task Requests_that_find_the_lease_empty_share_one_refill()
    {
        var lease = new BudgetLease(block: 10);
        var calls = 0;
        var answer = new TaskCompletionSource<int?>();
        Task<int?> Start()
        {
            Interlocked.Increment(ref calls);
            return answer.Task;
        }

        var first = lease.RefillAsync(Start);
        var second = lease.RefillAsync(Start);
        answer.SetResult(10);

        Assert.Same(first, second);
        Assert.True(await first);
        Assert.Equal(1, calls);
    }

    private static Task<bool> RefillAsync(BudgetLease lease, int granted) => lease.RefillAsync(() => Task.FromResult<int?>(granted));
}
