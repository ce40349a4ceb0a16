using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>What kind of multiplicative problem a set practises.</summary>
public enum Problems
{
    /// <summary>"Times as long" and "times as many".</summary>
    TimesAsMany,

    /// <summary>A rate: £4 for each kilogram.</summary>
    Rate,

    /// <summary>Repeated decimal measures: 4 bottles of 0.6 litres.</summary>
    Measures,

    /// <summary>A hundred or a thousand of one item.</summary>
    PowersOfTen,

    /// <summary>Every one of one set with every one of another.</summary>
    Correspondence,
}

/// <summary>
/// Multiplicative word problems — scaling, rates, repeated measures and correspondence. The same
/// three numbers are told as "find the larger amount", "how many times as big" and "find the
/// smaller amount", with a bar model of one bar repeated, so pupils see that these problems
/// multiply or divide and never add the scale factor.
/// </summary>
/// <param name="kind">The kind of problem.</param>
public sealed class ScalingProblemGenerator(Problems kind) : NumberSentenceGenerator
{
    private const string Amount = "one amount";
    private const string Factor = "times as many";

    /// <inheritdoc />
    public override string Family => "scaling, rate and correspondence problems";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var (x, y) = kind switch
        {
            Problems.TimesAsMany => (Fraction.Whole(dice.Between(3, step.Year >= 4 ? 24 : 11)), Fraction.Whole(dice.Between(2, step.Year >= 4 ? 6 : 5))),
            Problems.Rate => (Fraction.Whole(dice.Between(3, 15)), Fraction.Whole(dice.Between(3, 9))),
            Problems.Measures => (Fraction.Of(dice.Between(2, 8), 10), Fraction.Whole(dice.Between(3, 9))),
            Problems.PowersOfTen => (Fraction.Of(dice.Between(11, 89), 10), Fraction.Whole(10)),
            _ => (Fraction.Whole(dice.Between(2, 5)), Fraction.Whole(dice.Between(3, 6))),
        };
        // Different set sizes keep "sandwiches" and "drinks" apart in every story.
        y = kind == Problems.Correspondence && (y == x || y == x + Fraction.Whole(1)) ? x + Fraction.Whole(2) : y;
        var bump = kind switch
        {
            Problems.Measures => Fraction.Of(1, 10),
            Problems.PowersOfTen => Fraction.Of(1, 10),
            _ => Fraction.Whole(1),
        };
        // Year 5 divides decimals only by whole numbers, so the decimal sets never ask "how many bottles?".
        Move[] moves = kind switch
        {
            Problems.PowersOfTen => [new Move(Amount, s => s with { X = s.X + bump }), new Move(Factor, s => s with { Y = s.Y * Fraction.Whole(10) }), NextPicture, new Move(Factor, s => s with { Y = s.Y * Fraction.Whole(10) }), Inverse],
            Problems.Measures => [new Move(Amount, s => s with { X = s.X + bump }), NextPicture, Inverse, AskAs(QuestionFormat.MissingNumber)],
            _ => [new Move(Amount, s => s with { X = s.X + bump }), NextPicture, Inverse, Swap, AskAs(QuestionFormat.MissingNumber)],
        };
        return Sequence(new FactState(x, y, FactForm.Forward with { Swapped = true }, 0, QuestionFormat.NumberEntry), moves, s => Close(step, name, x, y));
    }

    private QuestionDraft Close(SmallStep step, string name, Fraction x, Fraction y)
    {
        var (a, k) = (NumberSentence.Write(x), NumberSentence.Write(y));
        var right = x * y;
        var added = x + y;
        return kind switch
        {
            Problems.Correspondence => Closing.SpotTheMistake(
                $"{name} has {a} tops and {k} pairs of trousers and says there are {NumberSentence.Write(added)} different outfits. How many are there?", right, added, step.Misconceptions[0],
                $"Each of the {a} tops goes with each of the {k} pairs of trousers: {a} × {k} = {NumberSentence.Write(right)} outfits."),
            Problems.Measures => Closing.SpotTheMistake(
                $"{name} worked out {k} bottles of {a} litres and wrote {NumberSentence.Write(added)} litres. How many litres is it?", right, added, step.Misconceptions[1],
                $"The same amount is repeated {k} times, so multiply: {k} × {a} = {NumberSentence.Write(right)} litres."),
            Problems.PowersOfTen => Closing.SpotTheMistake(
                $"One paper clip weighs {a} g. {name} says 100 paper clips weigh {NumberSentence.Write(x / Fraction.Whole(100))} g. How much do they weigh?", x * Fraction.Whole(100), x / Fraction.Whole(100), step.Misconceptions[0],
                $"100 paper clips weigh much more than one: {a} × 100 = {NumberSentence.Write(x * Fraction.Whole(100))} g."),
            _ => Closing.SpotTheMistake(
                $"A blue ribbon is {a} cm long. A red ribbon is {k} times as long. {name} says the red ribbon is {NumberSentence.Write(added)} cm. How long is it?", right, added, step.Misconceptions[0],
                $"{k} times as long is {k} lots of {a} cm: {k} × {a} = {NumberSentence.Write(right)} cm."),
        };
    }

    /// <inheritdoc />
    protected override string Prompt(FactState state, NumberSentence sentence)
    {
        if (state.Format != QuestionFormat.NumberEntry)
        {
            return base.Prompt(state, sentence);
        }

        var (a, k, z) = (NumberSentence.Write(state.X), NumberSentence.Write(state.Y), NumberSentence.Write(sentence.Z));
        return (kind, sentence.BoxedRole) switch
        {
            (Problems.Correspondence, 'z') => $"A café has {a} sandwiches and {k} drinks. A meal is one sandwich and one drink. How many different meals are there?",
            (Problems.Correspondence, 'y') => $"A café makes {z} different meals of one sandwich and one drink. There are {a} sandwiches. How many drinks are there?",
            (Problems.Correspondence, _) => $"A café makes {z} different meals of one sandwich and one drink. There are {k} drinks. How many sandwiches are there?",
            (Problems.Rate, 'z') => $"Apples cost £{a} for each box. How much do {k} boxes cost, in pounds?",
            (Problems.Rate, 'y') => $"Apples cost £{a} for each box. {NameFor(state)} paid £{z}. How many boxes were bought?",
            (Problems.Rate, _) => $"{k} boxes of apples cost £{z}. How much does one box cost, in pounds?",
            (Problems.Measures, 'z') => $"A bottle holds {a} litres. How many litres do {k} bottles hold?",
            (Problems.Measures, 'y') => $"Some bottles of {a} litres hold {z} litres altogether. How many bottles are there?",
            (Problems.Measures, _) => $"{k} equal bottles hold {z} litres altogether. How much does one bottle hold, in litres?",
            (Problems.PowersOfTen, 'z') => $"One paper clip weighs {a} g. How many grams do {k} paper clips weigh?",
            (Problems.PowersOfTen, _) => $"{k} paper clips weigh {z} g. How many grams does one paper clip weigh?",
            (_, 'z') => $"A blue ribbon is {a} cm long. A red ribbon is {k} times as long. How long is the red ribbon, in cm?",
            (_, 'y') => $"A blue ribbon is {a} cm long and a red ribbon is {z} cm long. How many times as long as the blue ribbon is the red ribbon?",
            _ => $"A red ribbon is {z} cm long. It is {k} times as long as a blue ribbon. How long is the blue ribbon, in cm?",
        };
    }

    private static string NameFor(FactState state) => state.WholeY % 2 == 0 ? "Grace" : "Yusuf";

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Amount, state.X), (Factor, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        var k = state.WholeY;
        if (kind == Problems.Correspondence)
        {
            return state.Picture == 0 ? new ArrayPicture(state.WholeX, k) : FactPictures.EqualParts(state.WholeX, NumberSentence.Write(state.Y), sentence.BoxedRole == 'z' ? "?" : NumberSentence.Write(sentence.Z));
        }

        if (state.Picture == 1 && kind != Problems.PowersOfTen)
        {
            return FactPictures.Jumps(k, state.X, sentence.BoxedRole == 'z');
        }

        if (kind == Problems.PowersOfTen)
        {
            return state.Picture == 0
                ? Drafts.Chart(state.X, Drafts.TopPlace(sentence.Z), Fraction.Of(1, 10))
                : new BarModelPicture([new Bar("one", [new BarSection(sentence.BoxedRole == 'x' ? null : NumberSentence.Write(state.X), Fraction.Whole(1))]), new Bar(NumberSentence.Write(state.Y), [new BarSection(sentence.BoxedRole == 'z' ? null : NumberSentence.Write(sentence.Z), Fraction.Whole(3))])]);
        }

        var label = sentence.BoxedRole == 'x' ? null : NumberSentence.Write(state.X);
        var sections = new List<BarSection>();
        for (var i = 0; i < k; i++)
        {
            sections.Add(new BarSection(label, Fraction.Whole(1)));
        }

        return new BarModelPicture([new Bar("one", [new BarSection(label, Fraction.Whole(1))]), new Bar($"{k} times", sections)], null, null);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence) => sentence.BoxedRole switch
    {
        'z' => $"{NumberSentence.Write(state.Y)} lots of {NumberSentence.Write(state.X)}: {sentence.Filled}.",
        _ => $"{NumberSentence.Write(state.X)} × {NumberSentence.Write(state.Y)} = {NumberSentence.Write(sentence.Z)}, so {sentence.Filled}.",
    };

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => sentence.BoxedRole == 'z' ? 0 : 1;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> CommonWrong(NumberSentence sentence) =>
        kind == Problems.Correspondence ? [] : base.CommonWrong(sentence);

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence) => sentence.BoxedRole switch
    {
        'z' when kind == Problems.Correspondence => Wrongs.Of([
            (state.X + state.Y, "Adds the numbers of choices instead of multiplying."),
            (sentence.Z - state.Y, "Misses one set of combinations when listing."),
            (sentence.Z + state.X, "Counts some combinations twice."),
        ]),
        'z' => Wrongs.Of(state.X + state.Y, "Adds the scale factor instead of multiplying."),
        _ => Wrongs.Of(sentence.Z - (sentence.BoxedRole == 'x' ? state.Y : state.X), "Subtracts instead of dividing."),
    };
}
