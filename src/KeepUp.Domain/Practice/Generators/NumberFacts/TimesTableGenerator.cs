using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>What a times-table set practises.</summary>
public enum TableFacts
{
    /// <summary>One table, its facts and their division facts.</summary>
    Table,

    /// <summary>Recall facts from several tables.</summary>
    Recall,

    /// <summary>5 × 6 is half of 10 × 6.</summary>
    LinksFiveAndTen,

    /// <summary>× 4 is double × 2, × 8 is double × 4.</summary>
    LinksTwoFourEight,

    /// <summary>× 1 leaves a number the same; × 0 makes 0.</summary>
    TimesOneAndZero,

    /// <summary>Doubling as × 2 and halving as ÷ 2, with multiples of ten.</summary>
    DoubleAndHalve,

    /// <summary>2 × 7, 4 × 7, 8 × 7 by doubling.</summary>
    DeriveByDoubling,
}

/// <summary>
/// Times-table facts: one more group at a time on an array, the same fact as jumps on a number
/// line, turned round, turned into division, and a closing mistake drawn from the table's own
/// pitfalls (9 × 6 = 60 − 9, 11 × 12 = 1212 …).
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="tables">The tables it uses (one for <see cref="TableFacts.Table"/>).</param>
public sealed class TimesTableGenerator(TableFacts kind, params int[] tables) : NumberSentenceGenerator
{
    private const string Groups = "number of groups";
    private const string Size = "group size";

    /// <inheritdoc />
    public override string Family => "times-table facts";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var t = dice.Pick(tables);
        switch (kind)
        {
            case TableFacts.Table or TableFacts.Recall:
            {
                var n = dice.Between(2, 10);
                n = n + 1 == t ? 11 : n;
                // 9 × 9 = 90 − 9 really is right, so it cannot be the mistake.
                var m = t == 9 ? dice.Between(3, 8) : dice.Between(3, 9);
                return Sequence(new FactState(n, t, FactForm.Forward), [GroupsBy(1), NextPicture, Swap, Inverse, BoxAt(Slot.Second)], _ =>
                    kind == TableFacts.Recall
                        ? Closing.SpotTheMistake($"{name} says {t} × {m} = {t * (m + 1)}. What is {t} × {m}?", t * m, t * (m + 1), step.Misconceptions[1], $"{t} × {m + 1} = {t * (m + 1)}, so {t} × {m} is {t} less: {t * m}.")
                        : TableClosing(step, name, t, m, dice));
            }

            case TableFacts.LinksFiveAndTen:
            {
                var m = dice.Between(2, 9);
                var k = dice.Between(3, 9);
                return Sequence(new FactState(m, 10, FactForm.Forward, 0), [SizeTo(5), NextPicture, GroupsBy(1), Swap, Inverse], _ =>
                    Closing.TrueOrFalse($"{k} × 5 is {k} × 10 take away 5.", false, step.Misconceptions[0], $"{k} × 5 is half of {k} × 10 = {10 * k}, so it is {5 * k}, not {10 * k - 5}."));
            }

            case TableFacts.LinksTwoFourEight:
            {
                var m = dice.Between(3, 12);
                return Sequence(new FactState(m, 2, FactForm.Forward), [SizeTo(4), SizeTo(8), NextPicture, Swap, Inverse], _ =>
                    Closing.AlwaysSometimesNever(
                        "A multiple of 4 is also a multiple of 8.",
                        "Sometimes",
                        new Dictionary<string, string>(System.StringComparer.Ordinal)
                        {
                            ["Always"] = step.Misconceptions[0],
                            ["Never"] = "Does not see that 8, 16, 24 … are in the 4 times table too.",
                        },
                        "16 = 4 × 4 is a multiple of 8, but 12 = 3 × 4 is not: only every other multiple of 4 is a multiple of 8."));
            }

            case TableFacts.TimesOneAndZero:
            {
                var n = dice.Between(3, 11);
                var k = dice.Between(4, 12);
                return Sequence(new FactState(n, 1, FactForm.Forward), [GroupsBy(1), SizeTo(0), Swap, SizeTo(1), Inverse, BoxAt(Slot.Second)], _ =>
                    Closing.SpotTheMistake($"{name} says {k} × 0 = {k} because nothing has happened. What is {k} × 0?", 0, k, step.Misconceptions[0], $"{k} groups of 0 is 0: the groups are empty, so {k} × 0 = 0.", 1));
            }

            case TableFacts.DoubleAndHalve:
            {
                var n = dice.Between(1, 4);
                var k = 2 * dice.Between(1, 4) + 1;
                return Sequence(new FactState(n, 2, FactForm.Forward), [new Move(Groups, s => s with { X = s.X * Fraction.Whole(10) }), NextPicture, Swap, Inverse, BoxAt(Slot.First)], _ =>
                    Closing.SpotTheMistake(
                        $"{name} says half of {k * 10} is {5 * (k - 1)}. What is half of {k * 10}?",
                        5 * k,
                        5 * (k - 1),
                        step.Misconceptions[1],
                        $"{k * 10} is {(k - 1) * 10} and 10. Half of {(k - 1) * 10} is {5 * (k - 1)} and half of 10 is 5, so half of {k * 10} is {5 * k}.",
                        others: Wrongs.Of(10 * k - 2, step.Misconceptions[0])));
            }

            case TableFacts.DeriveByDoubling:
            {
                var m = dice.Between(3, 12);
                var (a, b) = (dice.Between(2, 5), dice.Between(3, 6));
                return Sequence(new FactState(2, m, FactForm.Forward), [Doubled, Doubled, NextPicture, Swap, BoxAt(Slot.Second)], _ =>
                    Closing.TrueOrFalse(
                        $"If you double both numbers in {a} × {b}, the answer doubles.",
                        false,
                        step.Misconceptions[0],
                        $"{a} × {b} = {a * b}, but {2 * a} × {2 * b} = {4 * a * b}: doubling both numbers makes the product four times as big."));
            }

            default:
                throw new GeneratorConstraintException($"No times-table facts of kind {kind}.");
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Groups, state.X), (Size, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        if (kind == TableFacts.TimesOneAndZero)
        {
            return null;
        }

        if (kind == TableFacts.DoubleAndHalve)
        {
            var whole = state.WholeX * 2;
            return state.Picture == 0
                ? FactPictures.EqualParts(2, sentence.BoxedRole == 'x' ? null : NumberSentence.Write(state.X), sentence.BoxedRole == 'z' ? "?" : NumberSentence.Write(sentence.Z))
                : new BaseTenBlocksPicture(0, whole / 100, whole / 10 % 10, whole % 10);
        }

        MultiplicativePicture[] kinds = kind switch
        {
            TableFacts.LinksFiveAndTen => [MultiplicativePicture.NumberLine, MultiplicativePicture.BarModel],
            TableFacts.LinksTwoFourEight or TableFacts.DeriveByDoubling => [MultiplicativePicture.Array, MultiplicativePicture.BarModel],
            _ => [MultiplicativePicture.Array, MultiplicativePicture.NumberLine],
        };
        return MultiplicativePictures.Draw(kinds[state.Picture], sentence);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var (n, size, p) = (state.WholeX, state.WholeY, state.WholeX * state.WholeY);
        var how = kind switch
        {
            TableFacts.DoubleAndHalve => $"Double {n} is {p}, and half of {p} is {n}",
            TableFacts.TimesOneAndZero => $"{n} groups of {size} is {p}",
            TableFacts.DeriveByDoubling when n > 2 => $"{n / 2} × {size} = {p / 2}, and double that is {p}",
            _ => size switch
            {
                2 => $"{n} × 2 is double {n}, which is {p}",
                4 => $"{n} × 2 = {2 * n}, and double that is {p}",
                5 => $"{n} × 10 = {10 * n}, and half of that is {p}",
                6 => $"{n} × 3 = {3 * n}, and double that is {p}",
                7 => $"{n} × 5 = {5 * n} and {n} × 2 = {2 * n}, so {n} × 7 = {p}",
                8 => $"{n} × 4 = {4 * n}, and double that is {p}",
                9 => $"{n} × 10 = {10 * n}, and {10 * n} {Minus} {n} = {p}",
                10 => $"{n} tens are {p}",
                11 => $"{n} × 10 = {10 * n}, and one more {n} makes {p}",
                12 => $"{n} × 10 = {10 * n} and {n} × 2 = {2 * n}, so {n} × 12 = {p}",
                _ => $"{n} groups of {size} make {p}",
            },
        };
        return $"{how}, so {sentence.Filled}.";
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => kind switch
    {
        TableFacts.TimesOneAndZero => state.Y == Fraction.Zero ? 1 : 0,
        TableFacts.Recall => 0,
        TableFacts.DoubleAndHalve or TableFacts.DeriveByDoubling => sentence.Form.Inverse || sentence.Form.Box != Slot.Result ? 1 : 0,
        _ => sentence.Form.Inverse ? 1 : 0,
    };

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (sentence.Form.Inverse || sentence.Form.Box != Slot.Result)
        {
            return kind == TableFacts.DoubleAndHalve && sentence.Form.Inverse && sentence.Form.Box == Slot.Result
                ? Wrongs.Of(sentence.Z - Fraction.Whole(2), "Thinks halving means taking away 2.")
                : [];
        }

        return kind switch
        {
            TableFacts.TimesOneAndZero when state.Y == Fraction.Zero || state.X == Fraction.Zero =>
                Wrongs.Of(state.X + state.Y, "Thinks multiplying by 0 leaves the number unchanged because 'nothing has happened'."),
            TableFacts.TimesOneAndZero => Wrongs.Of(sentence.Z + Fraction.Whole(1), "Confuses × 1 with + 1, writing 7 × 1 = 8."),
            TableFacts.DoubleAndHalve => Wrongs.Of(state.X + Fraction.Whole(2), "Thinks doubling means adding 2."),
            TableFacts.LinksFiveAndTen when state.Y == Fraction.Whole(5) => Wrongs.Of(state.X * Fraction.Whole(10) - Fraction.Whole(5), "Thinks 6 × 5 is 6 × 10 take away 5."),
            _ => [],
        };
    }

    private static QuestionDraft TableClosing(SmallStep step, string name, int t, int m, Dice dice)
    {
        string Mis(int i) => step.Misconceptions[System.Math.Min(i, step.Misconceptions.Count - 1)];
        switch (t)
        {
            case 2:
                return Closing.SpotTheMistake($"{name} counted in 2s to find {m} × 2 and said {2 * m + 2}. What is {m} × 2?", 2 * m, 2 * m + 2, Mis(0), $"Count {m} twos from zero: the first jump lands on 2, so {m} jumps land on {2 * m}. {m} × 2 is also double {m}.");
            case 10:
                return Closing.SpotTheMistake($"{name} wrote {m} × 10 = {10 + m}. What is {m} × 10?", 10 * m, 10 + m, Mis(1), $"{m} × 10 is {m} tens, which is {10 * m}.");
            case 5:
                return Closing.TrueOrFalse($"{10 * m} is in the 5 times table and in the 10 times table.", true, Mis(1), $"{m} × 10 = {10 * m} and {2 * m} × 5 = {10 * m}, so it is in both tables.", 1);
            case 4:
                return Closing.SpotTheMistake($"{name} counted in 4s to find {m} × 4 and said {4 * m - 2}. What is {m} × 4?", 4 * m, 4 * m - 2, Mis(0), $"{m} × 2 = {2 * m}, and double that is {4 * m}. Each count goes up by 4, not 2.");
            case 8:
            {
                var k = dice.Between(2, 6);
                return Closing.SpotTheMistake($"{name} says 8 × {2 * k} is double 4 × {k}, so it is {8 * k}. What is 8 × {2 * k}?", 16 * k, 8 * k, Mis(1), $"8 × {2 * k} is double 4 × {2 * k} = {8 * k}, so it is {16 * k}. Only one of the numbers is doubled.");
            }

            case 3:
                return Closing.AlwaysSometimesNever(
                    "A multiple of 3 is an odd number.",
                    "Sometimes",
                    new Dictionary<string, string>(System.StringComparer.Ordinal) { ["Always"] = Mis(0), ["Never"] = "Thinks multiples of 3 are always even." },
                    "3 × 3 = 9 is odd but 3 × 4 = 12 is even: multiples of 3 take turns being odd and even.");
            case 6:
                return Closing.SpotTheMistake($"{name} counted in 6s to find {m} × 6 and said {6 * m - 1}. What is {m} × 6?", 6 * m, 6 * m - 1, Mis(0), $"{m} × 3 = {3 * m}, and double that is {6 * m}. Every multiple of 6 is even.");
            case 9:
                return Closing.SpotTheMistake($"{name} worked out 9 × {m} as {10 * m} {Minus} 9 = {10 * m - 9}. What is 9 × {m}?", 9 * m, 10 * m - 9, Mis(0), $"9 × {m} is one group of {m} fewer than 10 × {m}: {10 * m} {Minus} {m} = {9 * m}.");
            case 7:
                return Closing.SpotTheMistake($"{name} worked out 7 × {m} as {5 * m} + {2 * m} and got {7 * m + 10}. What is 7 × {m}?", 7 * m, 7 * m + 10, Mis(1), $"5 × {m} = {5 * m} and 2 × {m} = {2 * m}; {5 * m} + {2 * m} = {7 * m}.");
            case 11:
            {
                var twelve = dice.Chance(50);
                var (right, wrong) = twelve ? (132, 1212) : (121, 1111);
                return Closing.SpotTheMistake($"{name} says 11 × {(twelve ? 12 : 11)} = {Whole(wrong)}. What is 11 × {(twelve ? 12 : 11)}?", right, wrong, Mis(twelve ? 0 : 1), $"11 × {(twelve ? 12 : 11)} is 10 × {(twelve ? 12 : 11)} and one more {(twelve ? 12 : 11)}: {(twelve ? 120 : 110)} + {(twelve ? 12 : 11)} = {right}.");
            }

            case 12:
                return Closing.SpotTheMistake($"{name} says 12 × {m} = {10 * m + 2}. What is 12 × {m}?", 12 * m, 10 * m + 2, Mis(0), $"12 × {m} is 10 × {m} and 2 × {m}: {10 * m} + {2 * m} = {12 * m}.");
            default:
                return Closing.TrueOrFalse($"{m} × {t} = {t} × {m}.", true, "Thinks the order of the factors changes the product.", $"Both are {m * t}: an array turned round has the same number of counters.");
        }
    }

    private static Move GroupsBy(int by) => new(Groups, s => s with { X = s.X + Fraction.Whole(by) });

    private static Move Doubled => new(Groups, s => s with { X = s.X * Fraction.Whole(2) });

    private static Move SizeTo(int size) => new(Size, s => s with { Y = Fraction.Whole(size) });
}
