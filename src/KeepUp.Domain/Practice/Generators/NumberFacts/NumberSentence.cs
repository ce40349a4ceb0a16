using System.Collections.Generic;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>Where the box sits in a three-number sentence.</summary>
public enum Slot
{
    /// <summary>The first number: □ + 4 = 9.</summary>
    First,

    /// <summary>The second number: 5 + □ = 9.</summary>
    Second,

    /// <summary>The number after the equals sign: 5 + 4 = □.</summary>
    Result,
}

/// <summary>
/// Which of the four sentences of a fact family is written (x + y = z, y + x = z, z − y = x,
/// z − x = y, or the same with × and ÷), and where its box is.
/// </summary>
/// <param name="Inverse">True for the subtraction or division sentences.</param>
/// <param name="Swapped">True when y is written before x (y + x = z, z − y = x).</param>
/// <param name="Box">Which number is missing.</param>
public readonly record struct FactForm(bool Inverse, bool Swapped, Slot Box)
{
    /// <summary>x + y = □ (or x × y = □).</summary>
    public static FactForm Forward => new(false, false, Slot.Result);

    /// <summary>z − x = □ (or z ÷ x = □): the answer is y.</summary>
    public static FactForm TakeFirst => new(true, false, Slot.Result);

    /// <summary>z − y = □ (or z ÷ y = □): the answer is x.</summary>
    public static FactForm TakeSecond => new(true, true, Slot.Result);

    /// <summary>The features of the form, which change one at a time in a variation set.</summary>
    public IEnumerable<(string Name, object Value)> Features =>
    [
        (NumberSentenceGenerator.OperationFeature, Inverse ? "inverse" : "forward"),
        (NumberSentenceGenerator.OrderFeature, Swapped ? "second first" : "first first"),
        (NumberSentenceGenerator.UnknownFeature, Box),
    ];
}

/// <summary>
/// A fact x ∘ y = z (∘ is + or ×) written as one sentence of its family, for example 13 − 8 = □.
/// Values are exact, so the same sentence serves whole numbers, tens and tenths.
/// </summary>
/// <param name="X">The first part or number of groups.</param>
/// <param name="Y">The second part or group size.</param>
/// <param name="Multiplicative">True for × and ÷, false for + and −.</param>
/// <param name="Form">Which sentence of the family, and where the box is.</param>
public sealed record NumberSentence(Fraction X, Fraction Y, bool Multiplicative, FactForm Form)
{
    /// <summary>The whole or product.</summary>
    public Fraction Z => Multiplicative ? X * Y : X + Y;

    /// <summary>The three numbers in the order they are written.</summary>
    public IReadOnlyList<Fraction> Slots => (Form.Inverse, Form.Swapped) switch
    {
        (false, false) => [X, Y, Z],
        (false, true) => [Y, X, Z],
        (true, true) => [Z, Y, X],
        (true, false) => [Z, X, Y],
    };

    /// <summary>The sign written between the first two numbers.</summary>
    public string Operator => Multiplicative ? (Form.Inverse ? Divide : Times) : (Form.Inverse ? Minus : "+");

    /// <summary>Which of x, y and z is in the box.</summary>
    public char BoxedRole => (Form.Inverse, Form.Swapped, Form.Box) switch
    {
        (_, _, Slot.Result) when !Form.Inverse => 'z',
        (false, false, Slot.First) or (false, true, Slot.Second) or (true, true, Slot.Result) or (true, false, Slot.Second) => 'x',
        (false, false, Slot.Second) or (false, true, Slot.First) or (true, false, Slot.Result) or (true, true, Slot.Second) => 'y',
        _ => 'z',
    };

    /// <summary>The number that goes in the box.</summary>
    public Fraction Answer => Slots[(int)Form.Box];

    /// <summary>The sentence with its box: 13 − 8 = □.</summary>
    public string Text
    {
        get
        {
            var slots = Slots;
            string At(int i) => i == (int)Form.Box ? Box : Write(slots[i]);
            return $"{At(0)} {Operator} {At(1)} = {At(2)}";
        }
    }

    /// <summary>The sentence filled in: 13 − 8 = 5.</summary>
    public string Filled => $"{Write(Slots[0])} {Operator} {Write(Slots[1])} = {Write(Slots[2])}";

    /// <summary>The answer as the checker expects it: whole, or a decimal.</summary>
    public NumberAnswer Expected => new(Answer, Answer.IsWhole ? NumberShape.Whole : NumberShape.Decimal);

    /// <summary>A number as pupils see it: 1,400, 0.8.</summary>
    public static string Write(Fraction value) => Decimal(value);

    /// <summary>The wrong answers any sentence of this shape invites, each with its misconception.</summary>
    public IEnumerable<WrongAnswer> CommonWrong()
    {
        var s = Slots;
        var (a, b, c) = (s[0], s[1], s[2]);
        var one = Fraction.Whole(1);
        var wrong = new List<(Fraction, string)>();
        switch (Form.Box, Operator)
        {
            case (Slot.Result, "+"):
                if (a != b)
                {
                    wrong.Add((a - b, "Subtracts instead of adding."));
                }

                wrong.Add((c - one, "Counts on in ones and counts the starting number as the first step."));
                break;
            case (Slot.Result, Minus):
                wrong.Add((a + b, "Adds instead of subtracting."));
                wrong.Add((c + one, "Counts back in ones and includes the starting number."));
                break;
            case (Slot.Result, Times):
                wrong.Add((a + b, "Adds the numbers instead of multiplying them."));
                wrong.Add((c - b, "Counts one group too few."));
                wrong.Add((c + b, "Counts one group too many."));
                break;
            case (Slot.Result, Divide):
                wrong.Add((a - b, "Subtracts instead of dividing."));
                wrong.Add((c + one, "Loses count of the groups and is one out."));
                wrong.Add((a * b, "Multiplies instead of dividing."));
                break;
            case (_, "+"):
                wrong.Add((c + (Form.Box == Slot.First ? b : a), "Adds the two numbers it can see."));
                wrong.Add((Answer + one, "Counts on to the whole and counts one step too many."));
                break;
            case (Slot.Second, Minus):
                wrong.Add((a + c, "Adds the two numbers it can see."));
                wrong.Add((Answer + one, "Counts back and includes the starting number."));
                break;
            case (_, Minus):
                wrong.Add((c - b, "Subtracts when the whole is the missing number."));
                wrong.Add((Answer - one, "Is one out when finding the whole."));
                break;
            case (_, Times):
                var known = Form.Box == Slot.First ? b : a;
                wrong.Add((c * known, "Multiplies the two numbers it can see."));
                wrong.Add((c - known, "Subtracts the numbers it can see instead of dividing."));
                break;
            case (Slot.Second, Divide):
                wrong.Add((a * c, "Multiplies the two numbers it can see."));
                wrong.Add((a - c, "Subtracts the numbers it can see instead of dividing."));
                break;
            default:
                if (b != Fraction.Zero)
                {
                    wrong.Add((c / b, "Divides when the number being divided is the missing one."));
                }

                wrong.Add((c + b, "Adds the two numbers it can see."));
                break;
        }

        return Wrongs.Of(wrong);
    }
}
