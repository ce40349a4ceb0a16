using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>The pictures of an addition or subtraction fact within 20.</summary>
public enum AdditivePicture
{
    /// <summary>A ten frame (a double ten frame past 10), the two parts in two colours.</summary>
    TenFrame,

    /// <summary>A rekenrek with one part on each row.</summary>
    Rekenrek,

    /// <summary>A part–whole model with the missing number left blank.</summary>
    PartWhole,

    /// <summary>A bar of two parts with the whole above.</summary>
    BarModel,

    /// <summary>A jump along a number line from 0 to 10 or 20.</summary>
    NumberLine,
}

/// <summary>Draws an additive fact in one of its pictures.</summary>
internal static class AdditivePictures
{
    public static Picture Draw(AdditivePicture kind, NumberSentence s)
    {
        var (x, y, z) = ((int)s.X.Numerator, (int)s.Y.Numerator, (int)s.Z.Numerator);
        string? Label(char role, int value) => s.BoxedRole == role ? null : NumberSentence.Write(value);
        return kind switch
        {
            AdditivePicture.TenFrame => new TenFramePicture(z, z > 10 ? 2 : 1, x >= 1 && y >= 1 ? x + 1 : null),
            AdditivePicture.Rekenrek => x <= 10 && y <= 10 ? new RekenrekPicture(x, y) : new RekenrekPicture(10, z - 10),
            AdditivePicture.PartWhole => new PartWholePicture(Label('z', z), [Label('x', x), Label('y', y)]),
            AdditivePicture.BarModel => new BarModelPicture(
                [new Bar(string.Empty, [new BarSection(Label('x', x), Fraction.Whole(x)), new BarSection(Label('y', y), Fraction.Whole(y))])],
                Label('z', z) ?? "?"),
            AdditivePicture.NumberLine => Line(s, z),
        };
    }

    private static NumberLinePicture Line(NumberSentence s, int z)
    {
        var slots = s.Slots;
        var (from, size, to) = (slots[0], slots[1], slots[2]);
        var sign = s.Form.Inverse ? PupilNumber.Minus : "+";
        var label = sign + (s.Form.Box == Slot.Second ? "?" : NumberSentence.Write(size));
        var end = s.Form.Inverse ? to : s.Z;
        NumberLineMark[] marks = s.Form.Box switch
        {
            Slot.First => [new NumberLineMark(from, "?")],
            Slot.Result => [new NumberLineMark(end, "?")],
            Slot.Second => [],
        };
        return new NumberLinePicture(Fraction.Zero, z > 10 ? 20 : 10, 1, NumberLineLabels.All, [new NumberLineJump(from, end, label)], marks);
    }

    /// <summary>A number line with the jump split at 10, as pupils bridge through ten.</summary>
    public static NumberLinePicture Bridging(NumberSentence s)
    {
        var slots = s.Slots;
        var (from, to) = s.Form.Inverse ? (s.Z, slots[2]) : (slots[0], s.Z);
        var sign = s.Form.Inverse ? PupilNumber.Minus : "+";
        var hidden = s.Form.Box == Slot.Second;
        string Hop(Fraction a, Fraction b) => hidden ? "?" : sign + NumberSentence.Write(a > b ? a - b : b - a);
        var ten = Fraction.Whole(10);
        return new NumberLinePicture(
            Fraction.Zero,
            20,
            1,
            NumberLineLabels.All,
            [new NumberLineJump(from, ten, Hop(from, ten)), new NumberLineJump(ten, to, Hop(ten, to))],
            s.Form.Box == Slot.Result ? [new NumberLineMark(to, "?")] : s.Form.Box == Slot.First ? [new NumberLineMark(from, "?")] : []);
    }
}
