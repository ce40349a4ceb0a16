using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Decimal sequences that go up or down by a constant step and cross whole numbers (1.75, 2,
/// 2.25 …). The set finds the next term, changes the step, then the start, moves the gap into the
/// middle, runs the sequence backwards, drops the number line, and ends by correcting 1.9, 1.10.
/// </summary>
internal sealed class SequenceGenerator : QuestionGenerator
{
    private const int Places = 2;
    private const string StepFeature = "step";
    private const string StartFeature = "start";
    private const string Gap = "gap";
    private const string Direction = "direction";
    private static readonly int[] Steps = [5, 10, 20, 25, 30, 40, 50];

    /// <inheritdoc />
    public override string Family => "decimal sequences";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var first = dice.Pick(Steps);
        var second = dice.Pick(Steps.Where(s => s != first).ToList());
        // Start so that the sequence crosses a whole number between its second and fifth terms.
        var start = StartFor(dice, first);
        var start2 = StartFor(dice, second);
        if (start2 == start)
        {
            start2 += second;
        }

        var drafts = new List<QuestionDraft>
        {
            Sequence(start, first, 4, true, Variation.Start, true),
            Sequence(start, second, 4, true, StepFeature, true),
            Sequence(start2, second, 4, true, StartFeature, true),
            Sequence(start2, second, 2, true, Gap, true),
            Sequence(start2, second, 2, false, Direction, true),
            Sequence(start2, second, 2, false, RepresentationFeature, false),
        };
        var whole = dice.Between(1, 8);
        var who = Pupils.Name(dice);
        drafts.Add(Judgements.SpotTheMistake(
            who,
            $"the next term of {Show((whole * 100) + 70)}, {Show((whole * 100) + 80)}, {Show((whole * 100) + 90)}",
            $"{whole}.10",
            Amounts.Answer((whole + 1) * 100, Places),
            [new($"{whole}.10", $"Continues {whole}.9 with {whole}.10 instead of {whole + 1}.0, as if tenths went past 9.")],
            $"Ten tenths make one whole, so {Show((whole * 100) + 90)} + 0.1 = {Show((whole + 1) * 100)}.",
            Features.Of((StepFeature, "mistake"))));
        return drafts;
    }

    private static int StartFor(Dice dice, int step) => (dice.Between(1, 6) * 100) + 100 - (step * dice.Between(1, 3));

    private static string Show(long hundredths) => Amounts.Show(hundredths, Places);

    private static QuestionDraft Sequence(int start, int step, int gap, bool up, string dimension, bool picture)
    {
        var terms = Enumerable.Range(0, 5).Select(i => (long)start + (i * step)).ToList();
        if (!up)
        {
            terms.Reverse();
        }

        var shown = terms.Select((t, i) => i == gap ? Box : Show(t));
        var answer = terms[gap];
        var signed = (up ? "+" : Minus) + Show(step);
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{string.Join(", ", shown)}",
            Picture = picture ? Line(terms, gap, signed, step) : null,
            Answer = Amounts.Answer(answer, Places),
            Wrong =
            [
                new(Show(up ? answer - step : answer + step), "Repeats a term instead of moving on by the step."),
                new(Show(up ? answer + step : answer - step), "Counts one step too many."),
                BrokenWhole(answer, step, up),
            ],
            Worked = $"The sequence goes {(up ? "up" : "down")} by {Show(step)} each time, so the missing term is {Show(answer)}.",
            Dimension = dimension,
            Features = Features.Of((StepFeature, step), (StartFeature, start), (Gap, gap), (Direction, up ? "up" : "down")),
        };
    }

    private static WrongAnswer BrokenWhole(long answer, int step, bool up)
    {
        // 1.9 + 0.2 written as 1.11: the tenths keep counting past 9 without crossing the whole number.
        var before = up ? answer - step : answer + step;
        var whole = before / 100;
        var tenths = (before % 100 / 10) + (step / 10);
        return up && answer / 100 > whole && step % 10 == 0 && before % 10 == 0 && tenths >= 10
            ? new($"{whole}.{tenths}", "Writes the tenths past 9 instead of crossing into the next whole number.")
            : new(Show(answer + 100), "Moves on a whole one instead of the step.");
    }

    private static NumberLinePicture Line(List<long> terms, int gap, string signed, int step)
    {
        // Every term is marked except the missing one, which shows ?, so the line never gives the answer.
        var jumps = new List<NumberLineJump>();
        var marks = new List<NumberLineMark>();
        for (var i = 0; i < terms.Count; i++)
        {
            marks.Add(new NumberLineMark(Amounts.Value(terms[i], Places), i == gap ? "?" : Show(terms[i])));
            if (i > 0)
            {
                jumps.Add(new NumberLineJump(Amounts.Value(terms[i - 1], Places), Amounts.Value(terms[i], Places), signed));
            }
        }

        var low = System.Math.Min(terms[0], terms[^1]);
        var high = System.Math.Max(terms[0], terms[^1]);
        return new NumberLinePicture(Amounts.Value(low, Places), Amounts.Value(high, Places), Amounts.Value(step, Places), NumberLineLabels.None, jumps, marks);
    }
}
