using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.Goals.Api.Reviews;

/// <summary><c>GET /api/goals/{id}/tree</c>: a goal's decomposition, read one level per query, with rolled-up attainment.</summary>
internal static class TreeEndpoints
{
    /// <summary>Deep enough for organisation → department → team → person, with room to spare.</summary>
    public const int MaxDepth = 10;

    public static async Task<Ok<GoalTreeNode>> Tree(Guid id, ClaimsPrincipal user, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var root = await db.Goals.AsNoTracking().Include(g => g.Kpis).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
            ?? throw new NotFoundException("Goal", id);
        user.EnsureMayRead(root);

        var all = new List<Goal> { root };
        var level = new List<Guid> { root.Id };
        for (var depth = 0; depth < MaxDepth && level.Count > 0; depth++)
        {
            var ids = level;
            var children = await db.Goals.AsNoTracking().Include(g => g.Kpis).AsSplitQuery()
                .Where(g => g.ParentGoalId != null && ids.Contains(g.ParentGoalId.Value)).ToListAsync(cancellationToken);
            all.AddRange(children);
            level = children.Select(g => g.Id).ToList();
        }

        var childrenOf = all.ToLookup(g => g.ParentGoalId);
        return TypedResults.Ok(Node(root, childrenOf));
    }

    private static GoalTreeNode Node(Goal goal, ILookup<Guid?, Goal> childrenOf)
    {
        var children = childrenOf[goal.Id].OrderBy(g => g.DepartmentCode).ThenBy(g => g.Id).Select(c => Node(c, childrenOf)).ToList();
        var own = GoalResponse.MeanAttainment(goal);
        return new GoalTreeNode(goal.Id, goal.Title, goal.DepartmentCode, goal.Team, goal.OwnerId, goal.Status, goal.Weight, own,
            GoalRollup.Attainment(own, children.Select(c => (c.Attainment, c.Weight))), children);
    }
}
