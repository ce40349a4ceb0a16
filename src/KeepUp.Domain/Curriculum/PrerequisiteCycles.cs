using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// Finds cycles in the prerequisite graph. A cycle would mean no step in it could ever be taught
/// first, so each one is reported as the chain of ids that closes on itself.
/// </summary>
internal static class PrerequisiteCycles
{
    private enum Mark { Unvisited, InProgress, Done }

    public static IReadOnlyList<IReadOnlyList<StepId>> Find(IReadOnlyList<SmallStep> steps)
    {
        var byId = steps.ToDictionary(s => s.Id);
        var marks = steps.ToDictionary(s => s.Id, _ => Mark.Unvisited);
        var cycles = new List<IReadOnlyList<StepId>>();
        var path = new List<StepId>();

        // Iterative depth-first search: the graph has hundreds of steps, and a hand-edited file
        // could make a long chain, so recursion depth is not left to chance.
        foreach (var start in steps)
        {
            if (marks[start.Id] != Mark.Unvisited)
            {
                continue;
            }

            var stack = new Stack<(StepId Id, int Next)>();
            stack.Push((start.Id, 0));
            marks[start.Id] = Mark.InProgress;
            path.Add(start.Id);
            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                var prerequisites = byId[id].Prerequisites;
                if (next < prerequisites.Count)
                {
                    stack.Push((id, next + 1));
                    var child = prerequisites[next];
                    if (!marks.TryGetValue(child, out var mark))
                    {
                        continue;
                    }

                    if (mark == Mark.InProgress)
                    {
                        cycles.Add([.. path.Skip(path.IndexOf(child)), child]);
                    }
                    else if (mark == Mark.Unvisited)
                    {
                        marks[child] = Mark.InProgress;
                        path.Add(child);
                        stack.Push((child, 0));
                    }
                }
                else
                {
                    marks[id] = Mark.Done;
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return cycles;
    }
}
